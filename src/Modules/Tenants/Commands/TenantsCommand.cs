using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Tenants.Administration;
using Verkostoportaali.Tenants.Backups;
using Verkostoportaali.Tenants.Changes;

namespace Verkostoportaali.Tenants.Commands;

/// <summary>
/// <c>dotnet run --project src/Web -- tenants list|create|disable|enable|remove|export|import</c>: the admin pages' operations for
/// scripts, through the same <see cref="TenantAdministration"/>. Exit code 1 and the reason on stderr when refused.
/// </summary>
public static class TenantsCommand
{
    public static Command Create(IServiceProvider services)
    {
        var administration = services.GetRequiredService<TenantAdministration>();
        return new Command("tenants", "List, create, disable, enable, remove, export and import the portal's sites")
        {
            List(services.GetRequiredService<TenantRegistry>()),
            CreateTenantCommand.Create(administration),
            StateChange("disable", "Disable a running site: its pages answer 404", administration.DisableAsync),
            StateChange("enable", "Enable a disabled site again", administration.EnableAsync),
            Remove(administration),
            Export(services.GetRequiredService<SiteExport>()),
            Import(services.GetRequiredService<SiteImport>()),
        };
    }

    private static Command Export(SiteExport export)
    {
        var name = new Argument<string>("name") { Description = "The site's name" };
        var to = new Option<FileInfo>("--to") { Description = "The file to write (a zip)", Required = true };
        var withAccounts = new Option<bool>("--with-accounts") { Description = "Keep the accounts' password hashes, so that they can log in after an import" };
        var command = new Command("export", "Write one site (content, types, terms, settings, forms' data, users) to a file") { name, to, withAccounts };
        command.SetAction(async (result, cancellationToken) =>
        {
            var file = result.GetValue(to)!;
            try
            {
                await using (var stream = file.Create())
                {
                    await export.ExportAsync(result.GetValue(name)!, stream, result.GetValue(withAccounts), cancellationToken);
                }
                result.InvocationConfiguration.Output.WriteLine($"{result.GetValue(name)}: exported to {file.FullName}.");
                return 0;
            }
            catch (SiteArchiveException e)
            {
                file.Delete();
                result.InvocationConfiguration.Error.WriteLine(e.Message);
                return 1;
            }
        });
        return command;
    }

    private static Command Import(SiteImport import)
    {
        var from = new Option<FileInfo>("--from") { Description = "A file written by tenants export", Required = true };
        var name = new Option<string?>("--name") { Description = "The new site's name (default: the exported site's); its address is /NAME/" };
        var command = new Command("import", "Restore a site from a file written by tenants export") { from, name };
        command.SetAction(async (result, cancellationToken) =>
        {
            try
            {
                var site = await import.ImportAsync(result.GetValue(from)!.FullName, result.GetValue(name), cancellationToken);
                result.InvocationConfiguration.Output.WriteLine($"{site.Name}: imported, served at /{site.UrlPrefix}/.");
                return 0;
            }
            catch (SiteArchiveException e)
            {
                result.InvocationConfiguration.Error.WriteLine(e.Message);
                return 1;
            }
        });
        return command;
    }

    private static Command List(TenantRegistry registry)
    {
        var command = new Command("list", "List the sites with their state and address");
        command.SetAction(result =>
        {
            var output = result.InvocationConfiguration.Output;
            output.WriteLine($"{"Name",-30} {"State",-13} {"Address",-30} {"Region",-18} {"Recipe",-20} Listed");
            foreach (var t in registry.All)
            {
                var address = t.UrlPrefix is { } prefix ? $"/{prefix}/" : string.Join(", ", t.HostNames.DefaultIfEmpty("/"));
                output.WriteLine($"{t.Name,-30} {t.State,-13} {address,-30} {t.Region ?? "–",-18} {t.Recipe ?? "–",-20} {(t.ListedInPortalSearch ? "yes" : "no")}");
            }
            return 0;
        });
        return command;
    }

    private static Command StateChange(string verb, string description, Func<string, CancellationToken, Task<TenantProblem?>> change)
    {
        var name = new Argument<string>("name") { Description = "The site's name" };
        var command = new Command(verb, description) { name };
        command.SetAction(async (result, cancellationToken) =>
            Report(result, await change(result.GetValue(name)!, cancellationToken), $"{result.GetValue(name)}: {verb}d."));
        return command;
    }

    private static Command Remove(TenantAdministration administration)
    {
        var name = new Argument<string>("name") { Description = "The site's name; the site must be disabled" };
        var yes = new Option<bool>("--yes") { Description = "Do not ask for the name again" };
        var command = new Command("remove", "Remove a disabled site and delete its data") { name, yes };
        command.SetAction(async (result, cancellationToken) =>
        {
            var tenant = result.GetValue(name)!;
            if (!result.GetValue(yes) && !Confirmed(result, tenant))
            {
                result.InvocationConfiguration.Error.WriteLine("Not removed: the name typed did not match.");
                return 1;
            }
            // A running server hears of the disable through the change feed; let it close the site before the data goes.
            await Task.Delay((ChangeFeed.FlushDelay + ChangeFeed.PollInterval) * 2, cancellationToken);
            return Report(result, await administration.RemoveAsync(tenant, cancellationToken), $"{tenant}: removed, its data deleted.");
        });
        return command;
    }

    private static bool Confirmed(ParseResult result, string tenant)
    {
        result.InvocationConfiguration.Output.Write($"This deletes all data of '{tenant}'. Type its name to confirm: ");
        return Console.ReadLine()?.Trim() == tenant;
    }

    internal static int Report(ParseResult result, TenantProblem? problem, string done)
    {
        if (problem is not null)
        {
            result.InvocationConfiguration.Error.WriteLine(problem.ToString());
            return 1;
        }
        result.InvocationConfiguration.Output.WriteLine(done);
        return 0;
    }
}
