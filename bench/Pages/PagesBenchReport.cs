using System.Text;
using Verkostoportaali.Bench.Harness;
using static System.FormattableString;

namespace Verkostoportaali.Bench.Pages;

/// <summary>
/// One run's figures as bench/README.md keeps them: each page beside the baseline of its own size measured in turn with
/// it, the median of their rounds' ratios, and the targets of issue 15.
/// </summary>
public sealed record PagesBenchReport(IReadOnlyList<(PageFigure Page, PageFigure Baseline)> Figures, LatencySummary Publish, TimeSpan Duration,
    string LoadAtStart, string LoadAtEnd)
{
    private const double CachedTarget = 0.7;
    private const double UncachedTarget = 0.25;
    private const double HalfRateP99Target = 20;
    private const double ListServerTarget = 2;

    public async Task<string> ToMarkdownAsync(CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant($"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC at commit {await RunContext.CommitAsync(cancellationToken)} with"));
        text.AppendLine(Invariant($"`{RunContext.Command}` ({PagesBenchProgram.Rounds} rounds of wrk on each page and its baseline in turn, then {PagesBenchProgram.Rounds} runs at the page's half rate; each run {Duration.TotalSeconds:f0} s),"));
        text.AppendLine($"on {await RunContext.MachineAsync(cancellationToken)}.");
        text.AppendLine($"Load average (1/5/15 min) at start: {LoadAtStart}; at end: {LoadAtEnd}.");
        text.AppendLine();
        text.AppendLine("| page | output cache | requests/s (wrk, median round) | its baseline's requests/s | **ratio** (median of the rounds') | each round's ratio | wrk p50 / p99 | p99 at a constant half of that rate (median of the runs') | its baseline's p99 at half its rate | one at a time: server p50 / p99 | one at a time: client p50 | bytes |");
        text.AppendLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        // Each page's two rows together, in the order the pages were measured.
        var order = Figures.Select(f => f.Page.Figure).Distinct().ToList();
        foreach (var figure in Figures.OrderBy(f => order.IndexOf(f.Page.Figure)).ThenBy(f => f.Page.Cache))
        {
            Row(text, figure);
        }
        text.AppendLine();
        Targets(text);
        return text.ToString();
    }

    private static double Ratio((PageFigure Page, PageFigure Baseline) figure) => RoundRatios(figure).Order().ElementAt(PagesBenchProgram.Rounds / 2);

    private static IEnumerable<double> RoundRatios((PageFigure Page, PageFigure Baseline) figure) =>
        figure.Page.Rounds.Zip(figure.Baseline.Rounds, (page, baseline) => page.RequestsPerSecond / baseline.RequestsPerSecond);

    private static void Row(StringBuilder text, (PageFigure Page, PageFigure Baseline) figure)
    {
        var (p, b) = figure;
        var errors = p.Rounds.Sum(r => r.SocketErrors) + p.HalfRate.Failed is var e and > 0 ? Invariant($" ({e:n0} socket errors or failed)") : "";
        var server = p.OneAtATimeServer is { } s ? Invariant($"{s.P50:f2} / {s.P99:f2} ms") : "";
        var wrkLatency = p.Median.Requests == 0 ? "none answered in time" : Invariant($"{p.Median.P50:f2} / {p.Median.P99:f2} ms");
        var rounds = string.Join(" / ", RoundRatios(figure).Select(r => Invariant($"{r:f3}")));
        text.AppendLine(Invariant(
            $"| {p.Figure} | {p.Cache} | {p.Median.RequestsPerSecond:n0}{errors} | {b.Median.RequestsPerSecond:n0} | **{Ratio(figure):f3}×** | {rounds} | {wrkLatency} | ") +
            Invariant($"{HalfRate(p.HalfRate)} | {HalfRate(b.HalfRate)} | {server} | {p.OneAtATimeClient.P50:f2} ms | {p.Bytes:n0} |"));
    }

    // A client that could not keep up sent fewer requests than due, and its latencies are not those of the rate asked.
    private static string HalfRate(ConstantRateResult run) => Invariant($"{run.Latency.P99:f2} ms at {run.Rate:n0}/s") +
        (run.SentRate < run.Rate * 0.95 ? Invariant($" (sent at only {run.SentRate:n0}/s)") : "");

    private void Targets(StringBuilder text)
    {
        var cached = Figures.Where(f => f.Page.Cache != "off").ToList();
        var uncached = Figures.Where(f => f.Page.Cache == "off").ToList();
        var pages = Figures.Select(f => f.Page).ToList();
        var list = uncached.Single(f => f.Page.Figure == BenchPages.ListPage).Page.OneAtATimeServer!;
        text.AppendLine("Against issue 15's targets:");
        text.AppendLine();
        text.AppendLine(RatioTarget("cached pages", cached, CachedTarget));
        text.AppendLine(RatioTarget("uncached pages", uncached, UncachedTarget));
        var slow = pages.Where(p => p.HalfRate.Latency.P99 > HalfRateP99Target || p.HalfRate.Failed > 0).ToList();
        var worst = pages.MaxBy(p => p.HalfRate.Latency.P99)!;
        text.AppendLine(Invariant($"- p99 at most {HalfRateP99Target:f0} ms at half the maximum rate: {pages.Count - slow.Count} of {pages.Count} met; ") +
            Invariant($"highest {worst.Figure}, cache {worst.Cache}, at {worst.HalfRate.Latency.P99:f1} ms."));
        text.AppendLine(Invariant($"- the list page at {BenchSite.ProjectCount:n0} items, one request at a time, at most {ListServerTarget:f0} ms of server time: ") +
            Invariant($"{(list.P50 <= ListServerTarget ? "met" : "missed")}, p50 {list.P50:f2} ms (p99 {list.P99:f2} ms), output cache off."));
        text.AppendLine(Invariant($"- a published item on its page and in its list within {PublishToPage.TargetMilliseconds:f0} ms: ") +
            Invariant($"{(Publish.Max <= PublishToPage.TargetMilliseconds ? "met" : "missed")}, p50 {Publish.P50:f1} ms, slowest {Publish.Max:f1} ms of {Publish.Count} publishes, output cache on, one node."));
    }

    private static string RatioTarget(string what, IReadOnlyList<(PageFigure Page, PageFigure Baseline)> figures, double target)
    {
        var missed = figures.Where(f => Ratio(f) < target).ToList();
        var lowest = figures.MinBy(Ratio);
        return Invariant($"- {what} at least {target:f2}× the baseline: {figures.Count - missed.Count} of {figures.Count} met; lowest {lowest.Page.Figure} at {Ratio(lowest):f3}×.");
    }
}
