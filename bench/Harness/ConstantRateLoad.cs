using System.Diagnostics;
using System.Net;

namespace Verkostoportaali.Bench.Harness;

/// <summary>Latencies of a constant-rate run, in milliseconds from when each request was due, and the requests that did not answer 200.</summary>
public sealed record ConstantRateResult(double Rate, LatencySummary Latency, int Failed, double SentRate);

/// <summary>
/// Open-loop load at a constant rate (hand-written: wrk2, which does this, is not packaged in Debian). Request i is due
/// at i / rate seconds and is sent then, whether or not earlier answers have come; its latency runs from when it was
/// due, not from when it went out, so a server that stalls shows in the percentiles instead of slowing the sender
/// (coordinated omission).
/// </summary>
public static class ConstantRateLoad
{
    private const int MaxConnections = 64;
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);
    // A timer wakes up to about a millisecond late; the requests that fell due meanwhile go out together.
    private static readonly TimeSpan SleepAtLeast = TimeSpan.FromMilliseconds(1);

    public static async Task<ConstantRateResult> RunAsync(Uri url, double rate, TimeSpan duration, CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = MaxConnections }) { Timeout = RequestTimeout };
        var count = Math.Max(1, (int)(rate * duration.TotalSeconds));
        var requests = new List<Task<double?>>(count);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var due = TimeSpan.FromSeconds(i / rate);
            if (due - clock.Elapsed is var wait && wait >= SleepAtLeast)
            {
                await Task.Delay(wait, cancellationToken);
            }
            requests.Add(SendAsync(http, url, clock, due, cancellationToken));
        }
        var sentRate = count / clock.Elapsed.TotalSeconds;
        var answers = await Task.WhenAll(requests);
        var answered = answers.OfType<double>().ToList();
        return new ConstantRateResult(rate, LatencySummary.Of(answered.Count > 0 ? answered : [RequestTimeout.TotalMilliseconds]),
            count - answered.Count, sentRate);
    }

    /// <returns>Milliseconds from when the request was due to the whole body read; null when it failed or timed out.</returns>
    private static async Task<double?> SendAsync(HttpClient http, Uri url, Stopwatch clock, TimeSpan due, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(url, cancellationToken);
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            return response.StatusCode == HttpStatusCode.OK ? (clock.Elapsed - due).TotalMilliseconds : null;
        }
        catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return null;
        }
    }
}
