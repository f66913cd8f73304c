using System.Text;
using Verkostoportaali.Bench.Harness;
using static System.FormattableString;

namespace Verkostoportaali.Bench.Pages;

/// <summary>
/// One run's figures as bench/README.md keeps them: the baselines, a table of each page's ratio to the baseline of its
/// own size (and to the median-size one, the figure earlier runs gave), and the targets of issue 15.
/// </summary>
public sealed record PagesBenchReport(IReadOnlyList<PageFigure> Baselines, IReadOnlyList<PageFigure> Pages, TimeSpan Duration, string LoadAtStart, string LoadAtEnd)
{
    private const double CachedTarget = 0.7;
    private const double UncachedTarget = 0.25;
    private const double HalfRateP99Target = 20;
    private const double ListServerTarget = 2;

    public async Task<string> ToMarkdownAsync(CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant($"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC at commit {await RunContext.CommitAsync(cancellationToken)} with"));
        text.AppendLine(Invariant($"`{RunContext.Command}` (each wrk and constant-rate run {Duration.TotalSeconds:f0} s),"));
        text.AppendLine($"on {await RunContext.MachineAsync(cancellationToken)}.");
        text.AppendLine($"Load average (1/5/15 min) at start: {LoadAtStart}; at end: {LoadAtEnd}.");
        text.AppendLine();
        text.AppendLine("| figure | output cache | requests/s (wrk) | ratio to the same-size baseline | ratio to the median-size baseline | wrk p50 / p99 | p99 at a constant half of that rate | one at a time: server p50 / p99 | one at a time: client p50 | bytes |");
        text.AppendLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var baseline in Baselines)
        {
            Row(text, baseline);
        }
        // Each page's two rows together, in the order the pages were measured.
        var order = Pages.Select(p => p.Figure).Distinct().ToList();
        foreach (var page in Pages.OrderBy(p => order.IndexOf(p.Figure)).ThenBy(p => p.Cache))
        {
            Row(text, page);
        }
        text.AppendLine();
        Targets(text);
        return text.ToString();
    }

    private PageFigure MedianBaseline => Baselines[Baselines.Count / 2];

    private double Ratio(PageFigure page) => page.Max.RequestsPerSecond / Baselines.MinBy(b => Math.Abs(b.Bytes - page.Bytes))!.Max.RequestsPerSecond;

    private double MedianRatio(PageFigure page) => page.Max.RequestsPerSecond / MedianBaseline.Max.RequestsPerSecond;

    private void Row(StringBuilder text, PageFigure p)
    {
        var errors = p.Max.SocketErrors + p.HalfRate.Failed is var e and > 0 ? Invariant($" ({e:n0} socket errors or failed)") : "";
        var server = p.OneAtATimeServer is { } s ? Invariant($"{s.P50:f2} / {s.P99:f2} ms") : "";
        var wrkLatency = p.Max.Requests == 0 ? "none answered in time" : Invariant($"{p.Max.P50:f2} / {p.Max.P99:f2} ms");
        text.AppendLine(Invariant(
            $"| {p.Figure} | {(p.Cache.Length == 0 ? "–" : p.Cache)} | {p.Max.RequestsPerSecond:n0}{errors} | **{Ratio(p):f3}×** | {MedianRatio(p):f3}× | {wrkLatency} | ") +
            Invariant($"{p.HalfRate.Latency.P99:f2} ms at {p.HalfRate.Rate:n0}/s{SentRate(p.HalfRate)} | {server} | {p.OneAtATimeClient.P50:f2} ms | {p.Bytes:n0} |"));
    }

    // A client that could not keep up sent fewer requests than due, and its latencies are not those of the rate asked.
    private static string SentRate(ConstantRateResult run) =>
        run.SentRate < run.Rate * 0.95 ? Invariant($" (sent at only {run.SentRate:n0}/s)") : "";

    private void Targets(StringBuilder text)
    {
        var cached = Pages.Where(p => p.Cache != "off").ToList();
        var uncached = Pages.Where(p => p.Cache == "off").ToList();
        var list = uncached.Single(p => p.Figure == BenchPages.ListPage).OneAtATimeServer!;
        text.AppendLine("Against issue 15's targets:");
        text.AppendLine();
        text.AppendLine(RatioTarget("cached pages", cached, CachedTarget));
        text.AppendLine(RatioTarget("uncached pages", uncached, UncachedTarget));
        var slow = Pages.Where(p => p.HalfRate.Latency.P99 > HalfRateP99Target || p.HalfRate.Failed > 0).ToList();
        var worst = Pages.MaxBy(p => p.HalfRate.Latency.P99)!;
        text.AppendLine(Invariant($"- p99 at most {HalfRateP99Target:f0} ms at half the maximum rate: {Pages.Count - slow.Count} of {Pages.Count} met; ") +
            Invariant($"highest {worst.Figure}, cache {worst.Cache}, at {worst.HalfRate.Latency.P99:f1} ms."));
        text.AppendLine(Invariant($"- the list page at {BenchSite.ProjectCount:n0} items, one request at a time, at most {ListServerTarget:f0} ms of server time: ") +
            Invariant($"{(list.P50 <= ListServerTarget ? "met" : "missed")}, p50 {list.P50:f2} ms (p99 {list.P99:f2} ms), output cache off."));
    }

    private string RatioTarget(string what, IReadOnlyList<PageFigure> pages, double target)
    {
        var missed = pages.Where(p => Ratio(p) < target).ToList();
        var lowest = pages.MinBy(Ratio)!;
        return Invariant($"- {what} at least {target:f2}× the same-size baseline: {pages.Count - missed.Count} of {pages.Count} met; lowest {lowest.Figure} at {Ratio(lowest):f3}×.");
    }
}
