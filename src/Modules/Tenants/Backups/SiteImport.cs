using System.IO.Compression;
using System.Text.Json;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Recipes;
using Verkostoportaali.Tenants.Administration;

namespace Verkostoportaali.Tenants.Backups;

/// <summary>
/// <c>tenants import</c>: a site from its export, under its own name or a new one, at the address its name gives. It is
/// set up like a new site, from an in-memory recipe that enables the export's features and then restores its rows,
/// so that either the whole site is restored and running, or nothing of it is left.
/// </summary>
public sealed class SiteImport(TenantRegistry registry, TenantSetup setup, TenantRemoval removal, TenantAudit audit)
{
    public async Task<Tenant> ImportAsync(string file, string? name, CancellationToken cancellationToken)
    {
        SiteManifest manifest;
        try
        {
            using var zip = ZipFile.OpenRead(file);
            manifest = await SiteArchive.ReadManifestAsync(zip, cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or JsonException or IOException or UnauthorizedAccessException)
        {
            throw new SiteArchiveException($"{file} cannot be read as a site export: {e.Message}");
        }
        var site = name ?? manifest.Name;
        Tenant added;
        try
        {
            added = await registry.AddAsync(new Tenant
            {
                Name = site, DisplayName = manifest.DisplayName, UrlPrefix = site, Region = manifest.Region,
                ListedInPortalSearch = manifest.ListedInPortalSearch, Recipe = manifest.Recipe,
            }, cancellationToken);
        }
        catch (TenantException e)
        {
            throw new SiteArchiveException(e.Message);
        }
        try
        {
            var recipe = new Recipe
            {
                Name = manifest.Recipe ?? "import",
                Source = file,
                Steps = [JsonSerializer.SerializeToElement(new { name = "Features", enable = manifest.Features }, ContentJson.Options), RestoreSiteStep.For(file)],
            };
            var running = await setup.SetupAsync(added.Name, recipe, cancellationToken);
            await audit.RecordAsync(TenantAudit.Imported, running);
            return running;
        }
        catch (Exception e)
        {
            // The setup logged the failure and deleted the data; the row goes too, so the name stays free.
            if (await removal.DiscardAsync(added, CancellationToken.None) is { } problem)
            {
                throw new TenantException(problem.ToString());
            }
            throw e is OperationCanceledException ? e : new SiteArchiveException(e.InnerException?.Message ?? e.Message);
        }
    }
}
