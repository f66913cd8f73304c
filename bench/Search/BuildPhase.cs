using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Search.Indexes;

namespace Verkostoportaali.Bench.Search;

/// <summary>A full rebuild of every site's indexes from its database, as <c>reindex</c> does: read, map, analyse (voikko), write, commit.</summary>
public static class BuildPhase
{
    /// <param name="parallel">How many sites are rebuilt at once.</param>
    public static async Task<BuildResult> RunAsync(IServiceProvider services, IReadOnlyList<Tenant> tenants, int parallel,
        CancellationToken cancellationToken)
    {
        var builder = services.GetRequiredService<IndexBuilder>();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(tenants, new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellationToken },
            (tenant, token) => new ValueTask(builder.RebuildAsync(tenant, progress: null, token)));
        return new BuildResult(clock.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu);
    }
}

/// <summary>Wall time, and the CPU time of the whole process meanwhile (a busy machine stretches the first, not the second).</summary>
public sealed record BuildResult(TimeSpan Wall, TimeSpan Cpu);
