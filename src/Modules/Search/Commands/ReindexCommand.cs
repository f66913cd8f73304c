using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Search.Indexes;

namespace Verkostoportaali.Search.Commands;

/// <summary><c>dotnet run --project src/Web -- reindex [--tenant X]</c>: rebuilds search indexes from the databases, with a progress bar.</summary>
internal static class ReindexCommand
{
    public static Command Create(WebApplication app)
    {
        var tenantOption = new Option<string?>("--tenant") { Description = "Only this tenant (default: every running tenant with search)" };
        var command = new Command("reindex", "Rebuild search indexes from the databases") { tenantOption };
        command.SetAction((result, cancellationToken) => ReindexAsync(app, result.GetValue(tenantOption), cancellationToken));
        return command;
    }

    private static async Task<int> ReindexAsync(WebApplication app, string? only, CancellationToken cancellationToken)
    {
        var registry = app.Services.GetRequiredService<TenantRegistry>();
        var tenants = registry.All.Where(t => t.State == TenantState.Running && t.HasFeature(SearchModule.Feature)
            && (only is null || t.Name == only)).ToList();
        if (tenants.Count == 0)
        {
            await Console.Error.WriteLineAsync(only is null ? "No running tenant has search." : $"No running tenant '{only}' has search.");
            return 1;
        }
        var builder = app.Services.GetRequiredService<IndexBuilder>();
        foreach (var tenant in tenants)
        {
            await builder.RebuildAsync(tenant, new Progress<(int Done, int Total)>(p => Draw(tenant.Name, p.Done, p.Total)), cancellationToken);
            Draw(tenant.Name, 1, 1);
            Console.WriteLine();
        }
        app.Services.GetRequiredService<TenantIndexes>().Dispose();
        return 0;
    }

    private static void Draw(string tenant, int done, int total)
    {
        const int Width = 30;
        var filled = total == 0 ? Width : Width * done / total;
        Console.Write($"\r{tenant,-30} [{new string('#', filled)}{new string('.', Width - filled)}] {done}/{total}   ");
    }
}
