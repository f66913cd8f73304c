using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Search.Indexes;

namespace Verkostoportaali.Search.Commands;

/// <summary><c>dotnet run --project src/Web -- reindex [--tenant X]</c>: rebuilds search indexes from the databases, with a progress bar.</summary>
internal static class ReindexCommand
{
    public static Command Create(IServiceProvider services)
    {
        var tenantOption = new Option<string?>("--tenant") { Description = "Only this tenant (default: every running tenant with search)" };
        var command = new Command("reindex", "Rebuild search indexes from the databases") { tenantOption };
        command.SetAction((result, cancellationToken) =>
            ReindexAsync(services, result.GetValue(tenantOption), result.InvocationConfiguration, cancellationToken));
        return command;
    }

    private static async Task<int> ReindexAsync(IServiceProvider services, string? only, InvocationConfiguration console,
        CancellationToken cancellationToken)
    {
        var registry = services.GetRequiredService<TenantRegistry>();
        var tenants = registry.All.Where(t => t.State == TenantState.Running && t.HasFeature(SearchModule.Feature)
            && (only is null || t.Name == only)).ToList();
        if (tenants.Count == 0)
        {
            await console.Error.WriteLineAsync(only is null ? "No running tenant has search." : $"No running tenant '{only}' has search.");
            return 1;
        }
        var builder = services.GetRequiredService<IndexBuilder>();
        var bar = new ProgressBar(console.Output);
        if (tenants.Count == 1)
        {
            await builder.RebuildAsync(tenants[0], new Progress<(int Done, int Total)>(p => bar.Draw(tenants[0].Name, p.Done, p.Total)), cancellationToken);
            bar.Draw(tenants[0].Name, 1, 1);
        }
        else
        {
            await RebuildAllAsync(builder, tenants, bar, cancellationToken);
        }
        await console.Output.WriteLineAsync();
        return 0;
    }

    // Sites are rebuilt side by side, one per core: one site's analysis uses the CPU while another's commit waits for the disk.
    private static async Task RebuildAllAsync(IndexBuilder builder, IReadOnlyList<Tenant> tenants, ProgressBar bar, CancellationToken cancellationToken)
    {
        var done = 0;
        bar.Draw("sites", 0, tenants.Count);
        await Parallel.ForEachAsync(tenants, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
            async (tenant, token) =>
            {
                await builder.RebuildAsync(tenant, progress: null, token);
                bar.Draw("sites", Interlocked.Increment(ref done), tenants.Count);
            });
    }

    private sealed class ProgressBar(TextWriter output)
    {
        private const int Width = 30;
        private readonly Lock drawing = new();

        public void Draw(string what, int done, int total)
        {
            var filled = total == 0 ? Width : Width * done / total;
            lock (drawing)
            {
                output.Write($"\r{what,-30} [{new string('#', filled)}{new string('.', Width - filled)}] {done}/{total}   ");
            }
        }
    }
}
