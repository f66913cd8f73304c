using System.Diagnostics;

namespace Verkostoportaali.Bench.Harness;

/// <summary>Latencies of a constant-rate run, in milliseconds from when each request was due, and the requests that did not answer 200.</summary>
public sealed record ConstantRateResult(double Rate, LatencySummary Latency, int Failed, double SentRate);

/// <summary>
/// Open-loop load at a constant rate, the way wrk2 makes it (hand-written: wrk2 is not packaged in Debian). Each of
/// up to <see cref="Connections"/> keep-alive connections sends its share on a fixed schedule: request i is due at
/// i / rate seconds and goes to connection i mod <see cref="Connections"/>. A request is sent when it is due, or as
/// soon as its connection's previous answer is in, and its latency runs from when it was due, so a server that stalls
/// shows in the percentiles instead of slowing the sender (coordinated omission).
/// </summary>
/// <remarks>
/// The client shares the process and the cores with the server it measures, so it costs as little as it can: a thread
/// of its own per connection (nothing queued behind the server's work in the thread pool) and a plain socket that
/// allocates nothing per request (no collections that pause the server).
/// </remarks>
public static class ConstantRateLoad
{
    private const int Connections = 32;

    public static async Task<ConstantRateResult> RunAsync(Uri url, double rate, TimeSpan duration, CancellationToken cancellationToken)
    {
        var count = Math.Max(1, (int)(rate * duration.TotalSeconds));
        var latencies = new double[count];
        var lastSent = new double[Math.Min(Connections, count)];
        var connections = new List<PlainHttpConnection>(lastSent.Length);
        try
        {
            // Opened inside the try: a connection that fails to open still closes those opened before it.
            while (connections.Count < lastSent.Length)
            {
                connections.Add(new PlainHttpConnection(url));
            }
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(connections.Select((connection, first) => Task.Factory.StartNew(
                () => lastSent[first] = Send(connection, first, connections.Count, rate, latencies, clock, cancellationToken),
                cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default)));
        }
        finally
        {
            connections.ForEach(c => c.Dispose());
        }
        var answered = latencies.Where(l => !double.IsNaN(l)).ToList();
        return new ConstantRateResult(rate, LatencySummary.Of(answered.Count > 0 ? answered : [PlainHttpConnection.Timeout.TotalMilliseconds]),
            count - answered.Count, count / lastSent.Max());
    }

    /// <summary>Sends requests <paramref name="first"/>, first + step, … on one connection, each when it is due.</summary>
    /// <returns>When the last request went out, in seconds from the start.</returns>
    private static double Send(PlainHttpConnection connection, int first, int step, double rate, double[] latencies, Stopwatch clock, CancellationToken cancellationToken)
    {
        var sent = 0.0;
        for (var i = first; i < latencies.Length; i += step)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var due = i / rate;
            if ((due - clock.Elapsed.TotalSeconds) * 1000 is var wait and >= 1)
            {
                // Sleeps whole milliseconds, so it wakes a little before the request is due, rarely after.
                Thread.Sleep((int)wait);
            }
            sent = clock.Elapsed.TotalSeconds;
            var ok = connection.TryGet();
            // From when it was due, or from when it went out if that was earlier.
            latencies[i] = ok ? (clock.Elapsed.TotalSeconds - Math.Min(due, sent)) * 1000 : double.NaN;
        }
        return sent;
    }
}
