using Microsoft.Extensions.Logging;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Data;

namespace Verkostoportaali.Tenants.Administration;

/// <summary>
/// Removes a site that no longer serves requests: modules close what they keep open, the data folder is moved aside
/// in one rename, the registry row goes, then the moved folder is deleted. A request still running from before the
/// site was disabled sees either all of its data or none, never a half-deleted folder.
/// </summary>
public sealed class TenantRemoval(
    TenantRegistry registry, TenantDataPaths paths, PortalDatabase database, IEnumerable<ITenantEvents> events, TimeProvider clock,
    ILogger<TenantRemoval> logger)
{
    /// <summary>Where removed sites' folders wait for deletion: outside <c>Sites/</c>, so no new site can pick them up.</summary>
    public string RemovedFolder => Path.Combine(paths.Root, "Removed");

    public async Task<TenantProblem?> RemoveAsync(string name, CancellationToken cancellationToken)
    {
        var tenant = registry.Find(name);
        if (tenant is null)
        {
            return new TenantProblem("", "There is no site named '{0}'.", name);
        }
        if (tenant.IsDefault)
        {
            return new TenantProblem("", "The portal itself cannot be removed.");
        }
        if (tenant.State is TenantState.Running or TenantState.Initializing)
        {
            return new TenantProblem("", "The site '{0}' is running. Disable it first; only a disabled site can be removed.", name);
        }
        return await DiscardAsync(tenant, cancellationToken);
    }

    /// <summary>Deletes a site's data and its registry row without the checks: for a creation that failed half-way.</summary>
    public async Task<TenantProblem?> DiscardAsync(Tenant tenant, CancellationToken cancellationToken)
    {
        foreach (var handler in events)
        {
            await handler.RemovingAsync(tenant, cancellationToken);
        }
        var folder = paths.SiteFolder(tenant.Name);
        var moved = Path.Combine(RemovedFolder, $"{tenant.Name}-{clock.GetUtcNow():yyyyMMddHHmmss}-{Guid.NewGuid():N}");
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.CreateDirectory(RemovedFolder);
                Directory.Move(folder, moved);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogError(e, "The data folder of tenant {Tenant} could not be moved to {Folder}.", tenant.Name, moved);
            return new TenantProblem("", "The data folder of '{0}' could not be moved away ({1}). Nothing was removed; try again.", tenant.Name, e.Message);
        }
        await registry.RemoveAsync(tenant.Name, CancellationToken.None);
        await database.DropTenantAsync(tenant.Name, CancellationToken.None);
        DeleteMoved(tenant.Name, moved);
        return null;
    }

    private void DeleteMoved(string tenant, string moved)
    {
        try
        {
            if (Directory.Exists(moved))
            {
                Directory.Delete(moved, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The site is gone already and its name is free; only disk space is left to reclaim, by hand.
            logger.LogError(e, "Tenant {Tenant} is removed, but its old data in {Folder} could not be deleted.", tenant, moved);
        }
    }
}
