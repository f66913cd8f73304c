using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Bench.Harness;

namespace Verkostoportaali.Bench.Pages;

/// <summary>
/// <c>dotnet run -c Release --project bench/Pages [-- --duration 8]</c>: the portal's public pages against a Kestrel
/// baseline, with the output cache off and on, in a fresh data folder; the figures go to stdout and bench/README.md.
/// </summary>
public static class PagesBenchProgram
{
    private const int DefaultSeconds = 8;
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(30);

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
        var meter = new PageMeter(duration, timings);
        var figures = new List<PageFigure>();
        IReadOnlyList<BenchPage> pages;
        IReadOnlyList<PageFigure> baselines;
        await using (var portal = Portal(dataPath, timings, outputCache: false))
        {
            var server = portal.Start();
            Console.Error.WriteLine($"data in {dataPath}; server at {server}; the output cache off");
            pages = BenchPages.Of(await BenchSite.CreateAsync(portal, cancellationToken));
            foreach (var page in pages)
            {
                figures.Add(await meter.MeasureAsync(server, page, "off", cancellationToken));
            }
            baselines = await BaselinesAsync(duration, figures, cancellationToken);
        }
        await using (var portal = Portal(dataPath, timings, outputCache: true))
        {
            var server = portal.Start();
            Console.Error.WriteLine($"server at {server}; the output cache on");
            await portal.WhenIndexedAsync(cancellationToken);
            foreach (var page in pages)
            {
                figures.Add(await meter.MeasureAsync(server, page, "on", cancellationToken));
            }
        }
        return new PagesBenchReport(baselines, figures, duration, loadAtStart, MachineLoad.Now());
    }

    // One baseline for each size of answer the pages gave ("a fixed-string endpoint with the same response size"):
    // wrk's rate falls with the bytes sent, so a 280 KB feed and a 10 KB page are each set against their own size.
    // Measured while the portal is up but idle, as it is in the same process.
    private static async Task<IReadOnlyList<PageFigure>> BaselinesAsync(TimeSpan duration, IReadOnlyList<PageFigure> pages, CancellationToken cancellationToken)
    {
        var baselines = new List<PageFigure>();
        foreach (var bytes in pages.Select(p => p.Bytes).Distinct().Order())
        {
            await using var baseline = await FixedStringServer.StartAsync(bytes);
            Console.Error.WriteLine($"  baseline at {baseline.Address}: {bytes:n0} bytes");
            var page = new BenchPage($"Kestrel baseline: a fixed {bytes:n0}-byte string", "/", []);
            baselines.Add(await new PageMeter(duration, timings: null).MeasureAsync(baseline.Address, page, "", cancellationToken));
        }
        return baselines;
    }

    private static InProcessPortal Portal(string dataPath, ServerTimings timings, bool outputCache) => new(dataPath, web =>
    {
        web.ConfigureServices(s => s.AddSingleton<IStartupFilter>(timings));
        web.UseSetting("Portal:OutputCache:Enabled", outputCache ? "true" : "false");
        // Kestrel's and data protection's start-up warnings would land in the table on stdout.
        web.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Error");
    });
}
