using Verkostoportaali.Bench.Harness;

namespace Verkostoportaali.Bench.Tenants;

/// <summary>What a restarted server costs: time to ready, first requests to untouched tenants, and resident memory.</summary>
public sealed record ColdStartResult(
    IReadOnlyList<ReadyTime> ReadyTimes,
    IReadOnlyList<ReadyTime> ReadyTimesAsBuilt,
    double FirstRequestMillis,
    LatencySummary ColdTenants,
    long ResidentAfterFirstRequest,
    long ResidentAfterAllTenants,
    AfterRestart AfterRestart)
{
    public static ReadyTime Median(IReadOnlyList<ReadyTime> times) => times.OrderBy(r => r.Wall).ElementAt(times.Count / 2);
}

/// <summary>
/// A restart on the data folder with no requests: when <c>/health/ready</c> (which waits for the search indexes' check of
/// every tenant) first answered 200, and when the start-up sweeps (upgrade, search catch-up, mail) had ended.
/// </summary>
public sealed record AfterRestart(ReadyTime Ready, ReadyTime SweepsDone);

/// <summary>
/// Restarts the server on the data folder the memory phase filled, where no tenant has been touched: as published for
/// production (ReadyToRun) for every figure, and as <c>dotnet build</c> left it for the time to ready only.
/// </summary>
public static class ColdStartPhase
{
    private const int Starts = 5;
    private const int SampleSize = 200;
    private const int Seed = 20_260_101;

    // The sweeps take minutes at 10,000 tenants; the mail sweep begins 5 s after the start.
    private static readonly TimeSpan SweepsTimeout = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan SweepsBegun = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan IdleWindow = TimeSpan.FromSeconds(3);
    private const double IdleShare = 0.03;

    public static async Task<ColdStartResult> RunAsync(string publishedServer, string dataPath, int count, CancellationToken cancellationToken)
    {
        var readyTimes = new List<ReadyTime>();
        ColdTenants? tenants = null;
        for (var start = 0; start < Starts; start++)
        {
            await using var server = ServerProcess.Start(publishedServer, dataPath);
            readyTimes.Add(await server.WaitUntilReadyAsync(cancellationToken));
            tenants ??= await RequestColdTenantsAsync(server, count, cancellationToken);
        }
        var asBuilt = new List<ReadyTime>();
        for (var start = 0; start < Starts; start++)
        {
            await using var server = ServerProcess.Start(ServerProcess.ServerAssembly, dataPath);
            asBuilt.Add(await server.WaitUntilReadyAsync(cancellationToken));
        }
        var afterRestart = await SweepAsync(publishedServer, dataPath, cancellationToken);
        return new ColdStartResult(readyTimes, asBuilt, tenants!.FirstRequestMillis, tenants.Latency, tenants.ResidentAfterFirst,
            tenants.ResidentAfterAll, afterRestart);
    }

    private static async Task<AfterRestart> SweepAsync(string publishedServer, string dataPath, CancellationToken cancellationToken)
    {
        await using var server = ServerProcess.Start(publishedServer, dataPath);
        await server.WaitUntilReadyAsync(cancellationToken);
        var ready = await server.WaitUntilOkAsync("/health/ready", SweepsTimeout, TimeSpan.FromMilliseconds(50), cancellationToken);
        var done = await server.WaitUntilIdleAsync(SweepsBegun, IdleWindow, IdleShare, SweepsTimeout, cancellationToken);
        return new AfterRestart(ready, done);
    }

    private sealed record ColdTenants(double FirstRequestMillis, LatencySummary Latency, long ResidentAfterFirst, long ResidentAfterAll);

    // The first request after a start also pays for JIT, Razor and the EF model; it goes to the warm-up site,
    // so the sample measures what a further untouched tenant costs. Then every other tenant, for resident memory.
    private static async Task<ColdTenants> RequestColdTenantsAsync(ServerProcess server, int count, CancellationToken cancellationToken)
    {
        using var client = new HomePageClient(server.Address);
        var first = await client.GetAsync(BenchSites.WarmUpSite, cancellationToken);
        var residentAfterFirst = server.ResidentBytes();
        var shuffled = BenchSites.Measured(count).ToArray();
        new Random(Seed).Shuffle(shuffled);
        var sample = shuffled.Take(SampleSize).ToList();
        var cold = await client.GetEachAsync(sample, cancellationToken);
        await client.GetEachAsync(BenchSites.Measured(count).Except(sample), cancellationToken);
        return new ColdTenants(first, LatencySummary.Of(cold), residentAfterFirst, server.ResidentBytes());
    }
}
