using System.Diagnostics;
using System.Net;
using System.Text;
using Verkostoportaali.Bench.Harness;

namespace Verkostoportaali.Bench.Pages;

/// <summary>
/// One address's figures: its size, wrk's maximum rate in each round, the latency at half the median round's rate, and
/// one request at a time.
/// </summary>
public sealed record PageFigure(
    string Figure,
    string Cache,
    int Bytes,
    IReadOnlyList<WrkResult> Rounds,
    ConstantRateResult HalfRate,
    LatencySummary OneAtATimeClient,
    LatencySummary? OneAtATimeServer)
{
    /// <summary>The round with the median rate.</summary>
    public WrkResult Median => MedianOf(Rounds);

    public static WrkResult MedianOf(IReadOnlyList<WrkResult> rounds) => rounds.OrderBy(r => r.RequestsPerSecond).ElementAt(rounds.Count / 2);
}

/// <summary>
/// Measures addresses of one server with wrk at 32 connections (<see cref="MaxRateAsync"/>, a round), then at a constant
/// half of the median round's rate (after a second at that rate; <paramref name="halfRateRuns"/> runs, of which the one
/// with the median p99 is kept) and one request at a time (<see cref="FigureAsync"/>).
/// </summary>
public sealed class PageMeter(TimeSpan duration, ServerTimings? timings, int halfRateRuns)
{
    private const int OneAtATime = 100;
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(1);

    /// <summary>A second of wrk, unmeasured.</summary>
    public static Task WarmUpAsync(Uri url, CancellationToken cancellationToken) => Wrk.RunAsync(url, WarmUp, cancellationToken);

    /// <summary>One round: wrk's maximum rate over the meter's duration.</summary>
    public async Task<WrkResult> MaxRateAsync(Uri url, CancellationToken cancellationToken)
    {
        var result = await Wrk.RunAsync(url, duration, cancellationToken);
        return result.Non2xx == 0 ? result
            : throw new InvalidOperationException($"{url} answered {result.Non2xx} of {result.Requests} requests under wrk with a status other than 2xx or 3xx.");
    }

    /// <summary>The address's figure from its rounds, with its latencies measured now.</summary>
    public async Task<PageFigure> FigureAsync(Uri url, BenchPage page, string cache, (int Bytes, bool FromCache) check,
        IReadOnlyList<WrkResult> rounds, CancellationToken cancellationToken)
    {
        // At least one request a second, so that a page wrk hardly finished still gets a latency. First a second at
        // that rate, unmeasured (as wrk2 calibrates before it records): the latencies are the rate's, not those of
        // what wrk's run left behind (queued requests, a collection due).
        var rate = Math.Max(1, PageFigure.MedianOf(rounds).RequestsPerSecond / 2);
        await ConstantRateLoad.RunAsync(url, rate, WarmUp, cancellationToken);
        var runs = new List<ConstantRateResult>();
        for (var run = 0; run < halfRateRuns; run++)
        {
            runs.Add(await ConstantRateLoad.RunAsync(url, rate, duration, cancellationToken));
        }
        var halfRate = runs.OrderBy(r => r.Latency.P99).ElementAt(runs.Count / 2);
        timings?.Clear();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var client = await OneAtATimeAsync(http, url, cancellationToken);
        var serverTime = timings is null ? null : LatencySummary.Of([.. timings.Millis]);
        var cacheNote = cache == "on" && !check.FromCache ? "on, but not kept (no Age header)" : cache;
        return new PageFigure(page.Figure, cacheNote, check.Bytes, rounds, halfRate, client, serverTime);
    }

    private static async Task<LatencySummary> OneAtATimeAsync(HttpClient http, Uri url, CancellationToken cancellationToken)
    {
        var millis = new List<double>(OneAtATime);
        for (var i = 0; i < OneAtATime; i++)
        {
            var clock = Stopwatch.StartNew();
            using var response = await http.GetAsync(url, cancellationToken);
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            millis.Add(clock.Elapsed.TotalMilliseconds);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"{url} answered {(int)response.StatusCode} one request at a time.");
            }
        }
        return LatencySummary.Of(millis);
    }
}

/// <summary>Whether an address answers as it should, so that a broken page cannot be measured as a fast one.</summary>
public static class PageCheck
{
    /// <summary>Fails unless the address answers 200 with everything <paramref name="page"/> must show.</summary>
    /// <returns>The answer's size, and whether a second request was answered from the output cache (it has an Age header).</returns>
    public static async Task<(int Bytes, bool FromCache)> RunAsync(HttpClient http, Uri url, BenchPage page, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(url, cancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var body = Encoding.UTF8.GetString(bytes);
        var missing = page.Shows.Where(s => !WebUtility.HtmlDecode(body).Contains(s, StringComparison.Ordinal)).ToList();
        if (response.StatusCode != HttpStatusCode.OK || missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"{url} ({page.Figure}) answered {(int)response.StatusCode} without {string.Join(", ", missing.Select(m => $"\"{m}\""))}: {body[..Math.Min(body.Length, 2000)]}");
        }
        using var again = await http.GetAsync(url, cancellationToken);
        return (bytes.Length, again.Headers.Age is not null);
    }
}
