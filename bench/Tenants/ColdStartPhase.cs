using Verkostoportaali.Bench.Harness;

namespace Verkostoportaali.Bench.Tenants;

/// <summary>What a restarted server costs: time to ready, first requests to untouched tenants, and resident memory.</summary>
public sealed record ColdStartResult(
    IReadOnlyList<ReadyTime> ReadyTimes,
    IReadOnlyList<ReadyTime> ReadyTimesAsBuilt,
    double FirstRequestMillis,
    LatencySummary ColdTenants,
    long ResidentAfterFirstRequest,
    long ResidentAfterAllTenants)
{
    public static ReadyTime Median(IReadOnlyList<ReadyTime> times) => times.OrderBy(r => r.Wall).ElementAt(times.Count / 2);
}

/// <summary>
/// Restarts the server on the data folder the memory phase filled, where no tenant has been touched: as published for
/// production (ReadyToRun) for every figure, and as <c>dotnet build</c> left it for the time to ready only.
/// </summary>
public static class ColdStartPhase
{
    private const int Starts = 5;
    private const int SampleSize = 200;
    private const int Seed = 20_260_101;

    public static async Task<ColdStartResult> RunAsync(string publishedServer, string dataPath, int count, CancellationToken cancellationToken)
    {
        var readyTimes = new List<ReadyTime>();
        ColdStartResult? result = null;
        for (var start = 0; start < Starts; start++)
        {
            await using var server = ServerProcess.Start(publishedServer, dataPath);
            readyTimes.Add(await server.WaitUntilReadyAsync(cancellationToken));
            result ??= await RequestColdTenantsAsync(server, count, cancellationToken);
        }
        var asBuilt = new List<ReadyTime>();
        for (var start = 0; start < Starts; start++)
        {
            await using var server = ServerProcess.Start(ServerProcess.ServerAssembly, dataPath);
            asBuilt.Add(await server.WaitUntilReadyAsync(cancellationToken));
        }
        return result! with { ReadyTimes = readyTimes, ReadyTimesAsBuilt = asBuilt };
    }

    // The first request after a start also pays for JIT, Razor and the EF model; it goes to the warm-up site,
    // so the sample measures what a further untouched tenant costs. Then every other tenant, for resident memory.
    private static async Task<ColdStartResult> RequestColdTenantsAsync(ServerProcess server, int count, CancellationToken cancellationToken)
    {
        using var client = new HomePageClient(server.Address);
        var first = await client.GetAsync(BenchSites.WarmUpSite, cancellationToken);
        var residentAfterFirst = server.ResidentBytes();
        var shuffled = BenchSites.Measured(count).ToArray();
        new Random(Seed).Shuffle(shuffled);
        var sample = shuffled.Take(SampleSize).ToList();
        var cold = await client.GetEachAsync(sample, cancellationToken);
        await client.GetEachAsync(BenchSites.Measured(count).Except(sample), cancellationToken);
        return new ColdStartResult([], [], first, LatencySummary.Of(cold), residentAfterFirst, server.ResidentBytes());
    }
}
