using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Bench.Harness;

namespace Verkostoportaali.Bench.Pages;

/// <summary>
/// <c>dotnet run -c Release --project bench/Pages [-- --duration 5]</c>: the portal's public pages against a Kestrel
/// baseline, with the output cache off and on, in a fresh data folder; the figures go to stdout and bench/README.md.
/// </summary>
public static class PagesBenchProgram
{
    private const int DefaultSeconds = 5;
    /// <summary>Rounds of wrk on each page and on its baseline, alternating; and runs at a page's half rate.</summary>
    public const int Rounds = 3;
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(30);
    private static readonly TimeSpan WarmUpPerPage = TimeSpan.FromSeconds(2);
    private const int LeastWarmUpRounds = 3;
    private const int MostWarmUpRounds = 10;

    public static async Task<int> Main(string[] args)
    {
        if (args is ["--one-at-a-time", .. var rest])
        {
            using var stopQuick = BenchStop.After(RunLimit);
            using var folder = rest is ["--data", var kept] ? BenchDataFolder.Kept(kept) : BenchDataFolder.Temporary("verkostoportaali-pages-bench-");
            await OneAtATimeRun.RunAsync(folder.Path, stopQuick.Token);
            return 0;
        }
        if (Duration(args) is not { } duration)
        {
            Console.Error.WriteLine("Give nothing, --duration <1 to 120> (the seconds of each wrk and constant-rate run), or --one-at-a-time [--data <folder>].");
            return 2;
        }
        using var stop = BenchStop.After(RunLimit);
        using var data = BenchDataFolder.Temporary("verkostoportaali-pages-bench-");
        var report = await RunAsync(data.Path, duration, stop.Token);
        var markdown = await report.ToMarkdownAsync(stop.Token);
        Console.WriteLine(markdown);
        ReadmeSection.Replace(markdown);
        Console.Error.WriteLine($"written to {ReadmeSection.Path}");
        return 0;
    }

    private static TimeSpan? Duration(string[] args) => args switch
    {
        [] => TimeSpan.FromSeconds(DefaultSeconds),
        ["--duration", var text] when int.TryParse(text, out var seconds) && seconds is >= 1 and <= 120 => TimeSpan.FromSeconds(seconds),
        _ => null,
    };

    private static async Task<PagesBenchReport> RunAsync(string dataPath, TimeSpan duration, CancellationToken cancellationToken)
    {
        var loadAtStart = MachineLoad.Now();
        var timings = new ServerTimings();
        var meter = new PageMeter(duration, timings, Rounds);
        var figures = new List<(PageFigure Page, PageFigure Baseline)>();
        LatencySummary publish;
        BenchSite site;
        IReadOnlyList<BenchPage> pages;
        await using (var portal = Portal(dataPath, timings, outputCache: false))
        {
            var server = portal.Start();
            Console.Error.WriteLine($"data in {dataPath}; server at {server}; the output cache off");
            site = await BenchSite.CreateAsync(portal, cancellationToken);
            pages = BenchPages.Of(site);
            await WarmUpAsync(server, pages, cancellationToken);
            foreach (var page in pages)
            {
                figures.Add(await MeasureAsync(meter, server, page, "off", duration, cancellationToken));
            }
        }
        await using (var portal = Portal(dataPath, timings, outputCache: true))
        {
            var server = portal.Start();
            Console.Error.WriteLine($"server at {server}; the output cache on");
            await portal.WhenIndexedAsync(cancellationToken);
            await WarmUpAsync(server, pages, cancellationToken);
            foreach (var page in pages)
            {
                figures.Add(await MeasureAsync(meter, server, page, "on", duration, cancellationToken));
            }
            // Last, as it adds projects to the site.
            publish = await PublishToPage.MeasureAsync(portal, server, site, cancellationToken);
            Console.Error.WriteLine($"  publish to page: p50 {publish.P50:f1} ms, max {publish.Max:f1} ms");
        }
        return new PagesBenchReport(figures, publish, duration, loadAtStart, MachineLoad.Now());
    }

    // Every address in turn under wrk, until the JIT has finished tiering their code. Under load that takes tens of
    // seconds for a page's own code: with only its own second of warm-up, the event month, measured late in the run,
    // answered a quarter of its later rate (445 against 1,900 requests/s), and after three rounds of a second the first
    // page measured still ran instrumented-tier code (perf, 2026-12-06: the portal home at 1,700 requests/s, 6,000 once
    // tiered). So rounds go on until none raises any page's rate by more than a tenth, within a bound. The portal with
    // the output cache on is warmed up too: its answers take other code (a cached search page at 14,000 requests/s, then
    // 24,000 once warm).
    private static async Task WarmUpAsync(Uri server, IReadOnlyList<BenchPage> pages, CancellationToken cancellationToken)
    {
        var best = new double[pages.Count];
        for (var round = 1; round <= MostWarmUpRounds; round++)
        {
            var rising = 0;
            for (var i = 0; i < pages.Count; i++)
            {
                var rate = (await Wrk.RunAsync(new Uri(server, pages[i].Path), WarmUpPerPage, cancellationToken)).RequestsPerSecond;
                rising += rate > best[i] * 1.1 ? 1 : 0;
                best[i] = Math.Max(best[i], rate);
            }
            Console.Error.WriteLine($"warm-up round {round}: {rising} of {pages.Count} pages still rising");
            if (round >= LeastWarmUpRounds && rising == 0)
            {
                return;
            }
        }
    }

    // The page against its baseline: a Kestrel fixed-string endpoint with the same response size, in the same process
    // while the portal is up but idle. wrk's rate falls with the bytes sent, so each page is set against its own size.
    // The machine is shared, and its other load comes and goes within seconds: wrk's rate for one page moved by a
    // fifth between 5-second runs, and in one run a 20,733-byte baseline measured once per page was 55,000 requests/s
    // beside one page and 39,000 beside the next. So
    // the two alternate for a few rounds, and the ratio is the median of the rounds' ratios.
    private static async Task<(PageFigure Page, PageFigure Baseline)> MeasureAsync(
        PageMeter meter, Uri server, BenchPage page, string cache, TimeSpan duration, CancellationToken cancellationToken)
    {
        var url = new Uri(server, page.Path);
        (int Bytes, bool FromCache) check;
        using (var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) })
        {
            check = await PageCheck.RunAsync(http, url, page, cancellationToken);
        }
        Console.Error.WriteLine($"  {page.Figure}{(cache.Length > 0 ? ", cache " + cache : "")}: {check.Bytes:n0} bytes{(check.FromCache ? ", answered from the output cache" : "")}");
        await using var baseline = await FixedStringServer.StartAsync(check.Bytes);
        // The baseline's latency is there to compare with, not a target: one run of it.
        var baselineMeter = new PageMeter(duration, timings: null, halfRateRuns: 1);
        await PageMeter.WarmUpAsync(url, cancellationToken);
        await PageMeter.WarmUpAsync(baseline.Address, cancellationToken);
        var pageRounds = new List<WrkResult>();
        var baselineRounds = new List<WrkResult>();
        for (var round = 0; round < Rounds; round++)
        {
            pageRounds.Add(await meter.MaxRateAsync(url, cancellationToken));
            baselineRounds.Add(await baselineMeter.MaxRateAsync(baseline.Address, cancellationToken));
        }
        var fixedString = new BenchPage($"Kestrel baseline: a fixed {check.Bytes:n0}-byte string", "/", []);
        return (await meter.FigureAsync(url, page, cache, check, pageRounds, cancellationToken),
            await baselineMeter.FigureAsync(baseline.Address, fixedString, "", (check.Bytes, false), baselineRounds, cancellationToken));
    }

    private static InProcessPortal Portal(string dataPath, ServerTimings timings, bool outputCache) => new(dataPath, web =>
    {
        web.ConfigureServices(s => s.AddSingleton<IStartupFilter>(timings));
        web.UseSetting("Portal:OutputCache:Enabled", outputCache ? "true" : "false");
        // Kestrel's and data protection's start-up warnings would land in the table on stdout.
        web.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Error");
    });
}
