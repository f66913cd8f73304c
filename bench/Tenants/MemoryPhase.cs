using System.Diagnostics;
using Verkostoportaali.Bench.Harness;
using Verkostoportaali.Recipes;

namespace Verkostoportaali.Bench.Tenants;

/// <summary>Creating N tenants, and what they cost in memory once each has served one request.</summary>
public sealed record MemoryResult(
    int Count,
    TimeSpan CreationTime,
    MemorySnapshot Before,
    MemorySnapshot AfterCreate,
    MemorySnapshot AfterServe,
    LatencySummary FirstServe)
{
    public double TenantsPerSecond => Count / CreationTime.TotalSeconds;
}

/// <summary>
/// Runs in one server process (the bench hosting the app on Kestrel): memory before any bench tenant exists,
/// after creating N of them, and after each has served its home page once.
/// </summary>
public static class MemoryPhase
{
    public static async Task<MemoryResult> RunAsync(string dataPath, int count, CancellationToken cancellationToken)
    {
        await using var portal = new InProcessPortal(dataPath);
        using var client = new HomePageClient(portal.Start());
        await portal.Setup.CreateAsync(BenchSites.Tenant(BenchSites.WarmUpSite), BenchSites.Recipe, cancellationToken);
        await client.GetAsync(BenchSites.WarmUpSite, cancellationToken);

        var before = MemorySnapshot.OfThisProcess();
        var creationTime = await CreateAsync(portal.Setup, count, cancellationToken);
        var afterCreate = MemorySnapshot.OfThisProcess();
        var firstServe = await client.GetEachAsync(BenchSites.Measured(count), cancellationToken);
        var afterServe = MemorySnapshot.OfThisProcess();
        return new MemoryResult(count, creationTime, before, afterCreate, afterServe, LatencySummary.Of(firstServe));
    }

    private static async Task<TimeSpan> CreateAsync(TenantSetup setup, int count, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        foreach (var site in BenchSites.Measured(count))
        {
            await setup.CreateAsync(BenchSites.Tenant(site), BenchSites.Recipe, cancellationToken);
            if (site % Math.Max(1, count / 10) == 0)
            {
                Console.Error.WriteLine($"  created {site}/{count} in {clock.Elapsed.TotalSeconds:f0} s");
            }
        }
        return clock.Elapsed;
    }
}
