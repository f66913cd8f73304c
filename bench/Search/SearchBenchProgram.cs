using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Bench.Harness;

namespace Verkostoportaali.Bench.Search;

/// <summary>
/// <c>dotnet run -c Release --project bench/Search -- [tenants] [items]</c> (100 × 1,000 by default), in a fresh data
/// folder: index builds, portal search, and the portal's lists across the sites.
/// </summary>
public static class SearchBenchProgram
{
    private const int Rate = 200;
    private static readonly TimeSpan LoadDuration = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(60);

    public static async Task<int> Main(string[] args)
    {
        var keep = args.SkipWhile(a => a != "--data").Skip(1).FirstOrDefault();
        var sizes = args.Where(a => a.All(char.IsDigit)).Select(int.Parse).Concat([100, 1000]).ToArray();
        var (tenants, items) = (sizes[0], sizes.Length > 3 ? sizes[1] : 1000);
        if (tenants is < 1 or > 2000 || items is < 1 or > 20_000 || (args.Contains("--data") && keep is null))
        {
            Console.Error.WriteLine("Give 1 to 2,000 tenants and 1 to 20,000 items each, and optionally --data <folder> to keep the sites for the next run.");
            return 2;
        }
        using var stop = BenchStop.After(RunLimit);
        using var data = keep is null ? BenchDataFolder.Temporary("verkostoportaali-search-bench-") : BenchDataFolder.Kept(keep);
        Console.WriteLine((await RunAsync(data.Path, tenants, items, stop.Token)).ToMarkdown());
        return 0;
    }

    private static async Task<SearchBenchReport> RunAsync(string dataPath, int tenants, int items, CancellationToken cancellationToken)
    {
        var loadAtStart = MachineLoad.Now();
        var timings = new ServerTimings("/api/search");
        var visitors = BenchQueries.Visitors(Rate * (int)LoadDuration.TotalSeconds, seed: 11);
        var warmUp = BenchQueries.Rare(Rate, seed: 11);
        // First without the result cache: each search costs what it costs to find. The output cache is off throughout: it
        // would answer repeated searches before either (bench/Pages measures it).
        (IReadOnlyList<Verkostoportaali.Core.Tenancy.Tenant> Sites, int WordForms) content;
        BuildResult buildOne, buildAll;
        LatencySummary direct, raw;
        LoadResult uncached, cached;
        await using (var portal = Portal(dataPath, timings, resultCache: false, outputCache: false))
        {
            var server = portal.Start();
            Console.Error.WriteLine($"{tenants} sites × {items} pages in {dataPath}; server at {server}");
            content = await BenchContent.CreateOrFindAsync(portal.Services, tenants, items, cancellationToken);
            await portal.WhenIndexedAsync(cancellationToken);
            Console.Error.WriteLine("  content indexed by the worker; full rebuilds next");
            buildOne = await BuildPhase.RunAsync(portal.Services, content.Sites, parallel: 1, cancellationToken);
            buildAll = await BuildPhase.RunAsync(portal.Services, content.Sites, parallel: Environment.ProcessorCount, cancellationToken);
            Console.Error.WriteLine($"  rebuilt in {buildOne.Wall.TotalSeconds:f1} s and {buildAll.Wall.TotalSeconds:f1} s; searches next");
            direct = DirectPhase.PortalSearch(portal.Services, rounds: 40);
            raw = DirectPhase.RawLucene(portal.Services, content.Sites, rounds: 40);
            Console.Error.WriteLine($"  in process p50 {direct.P50:f2} ms, raw Lucene p50 {raw.P50:f2} ms; load at {Rate}/s next");
            uncached = await LoadPhase.RunAsync(server, timings, Rate, visitors, warmUp, cancellationToken);
        }
        Console.Error.WriteLine($"  without the result cache: server p50 {uncached.Server.P50:f2} ms; with it next");
        await using (var portal = Portal(dataPath, timings, resultCache: true, outputCache: false))
        {
            var server = portal.Start();
            await portal.WhenIndexedAsync(cancellationToken);
            cached = await LoadPhase.RunAsync(server, timings, Rate, visitors, warmUp, cancellationToken);
        }
        Console.Error.WriteLine("  portal lists across the sites next");
        IReadOnlyList<ListResult> lists;
        await using (var portal = Portal(dataPath, timings, resultCache: true, outputCache: false))
        {
            var server = portal.Start();
            await portal.WhenIndexedAsync(cancellationToken);
            lists = await PortalListPhase.RunAsync(server, PortalListPhase.Paths(content.Sites[0].Name, BenchContent.FilteredRegion), cancellationToken);
        }
        return new SearchBenchReport(tenants, items, content.WordForms, buildOne, buildAll, cached, uncached, direct, raw, lists, loadAtStart,
            MachineLoad.Now());
    }

    private static InProcessPortal Portal(string dataPath, ServerTimings timings, bool resultCache, bool outputCache) => new(dataPath, web =>
    {
        web.ConfigureServices(s => s.AddSingleton<IStartupFilter>(timings));
        if (!resultCache)
        {
            web.UseSetting("Portal:Search:ResultCacheEntries", "0");
        }
        if (!outputCache)
        {
            web.UseSetting("Portal:OutputCache:Enabled", "false");
        }
    });
}
