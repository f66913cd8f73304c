using System.Diagnostics;
using System.Net;
using Verkostoportaali.Bench.Harness;

namespace Verkostoportaali.Bench.Search;

public sealed record LoadResult(int Rate, int Requests, int Distinct, int TimedOut, LatencySummary Server, LatencySummary Client,
    double AchievedRate, double MeanTotal);

/// <summary>
/// Open-loop load: <c>GET /api/search</c> sent at a constant rate whether or not earlier answers have come, so a slow
/// answer cannot hold back the next requests. Client time runs from when a request was due, not when it was sent.
/// </summary>
public static class LoadPhase
{
    /// <param name="queries">One query per request, sent in this order; <paramref name="warmUp"/> first, untimed.</param>
    public static async Task<LoadResult> RunAsync(Uri server, ServerTimings timings, int rate, IReadOnlyList<string> queries,
        IReadOnlyList<string> warmUp, CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 512 })
        {
            BaseAddress = server,
            Timeout = TimeSpan.FromSeconds(30),
        };
        // Warm-up: JIT, the readers of every site.
        foreach (var query in warmUp)
        {
            await SendAsync(http, query, Stopwatch.StartNew(), TimeSpan.Zero, cancellationToken);
        }
        timings.Clear();
        var count = queries.Count;
        var requests = new List<Task<(double Millis, int Total)>>(count);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / rate);
            if (due - clock.Elapsed is { Ticks: > 0 } wait)
            {
                await Task.Delay(wait, cancellationToken);
            }
            requests.Add(SendAsync(http, queries[i], clock, due, cancellationToken));
        }
        var sent = count / clock.Elapsed.TotalSeconds;
        var answers = await Task.WhenAll(requests);
        // A request that timed out counts at the timeout, so an overloaded server shows in the client percentiles.
        return new LoadResult(rate, count, queries.Distinct().Count(), answers.Count(a => a.Total < 0), LatencySummary.Of([.. timings.Millis]),
            LatencySummary.Of([.. answers.Select(a => a.Millis)]), sent, answers.Where(a => a.Total >= 0).Select(a => (double)a.Total).DefaultIfEmpty().Average());
    }

    private static async Task<(double Millis, int Total)> SendAsync(HttpClient http, string query, Stopwatch clock, TimeSpan due,
        CancellationToken cancellationToken)
    {
        try
        {
            return await TimedSendAsync(http, query, clock, due, cancellationToken);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ((clock.Elapsed - due).TotalMilliseconds, -1);
        }
    }

    private static async Task<(double Millis, int Total)> TimedSendAsync(HttpClient http, string query, Stopwatch clock, TimeSpan due,
        CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync($"/api/search?q={Uri.EscapeDataString(query)}&culture=fi&size=10", cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var millis = (clock.Elapsed - due).TotalMilliseconds;
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"/api/search?q={query} answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 300)]}");
        }
        return (millis, TotalOf(body));
    }

    private static int TotalOf(string body) =>
        System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("total").GetInt32();
}
