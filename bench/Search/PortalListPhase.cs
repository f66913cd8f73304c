using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Verkostoportaali.Bench.Harness;

namespace Verkostoportaali.Bench.Search;

/// <summary>One address of the portal's lists across sites, measured alone and with others at once.</summary>
public sealed record ListResult(string Path, int Total, int Listed, LatencySummary Sequential, double SequentialRate,
    LatencySummary Concurrent, double ConcurrentRate);

/// <summary>
/// The portal's lists across every site (<c>/koko-suomi/…</c> and <c>/api/content</c>), read from the indexes through
/// <c>IContentListing</c>, over HTTP with the output cache off: each address first one request at a time, then from
/// <see cref="Concurrency"/> clients at once, as many requests as they answer (a closed loop: requests per second is
/// what the server sustains). A list that shows no item fails the bench, since its figures would measure nothing.
/// </summary>
public static partial class PortalListPhase
{
    public const int Concurrency = 8;
    private const int WarmUp = 20;
    private const int Requests = 200;

    /// <summary>The addresses measured: first, middle and filtered project pages, the calendar and the content API.</summary>
    public static IReadOnlyList<string> Paths(string site, string region) =>
    [
        "/koko-suomi/hankkeet",
        "/koko-suomi/hankkeet?page=20",
        $"/koko-suomi/hankkeet?region={region}",
        $"/koko-suomi/hankkeet?site={site}",
        "/koko-suomi/tapahtumat",
        "/koko-suomi/tapahtumat?page=20",
        "/api/content?type=Project",
        "/api/content?type=Event&page=20&size=20",
    ];

    public static async Task<IReadOnlyList<ListResult>> RunAsync(Uri server, IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Concurrency }) { BaseAddress = server, Timeout = TimeSpan.FromSeconds(30) };
        var results = new List<ListResult>();
        foreach (var path in paths)
        {
            var (total, listed) = Count(path, await GetAsync(http, path, cancellationToken));
            if (listed == 0 || total == 0)
            {
                throw new InvalidOperationException($"{path} lists no item (total {total}): the bench's sites hold none of its type.");
            }
            for (var i = 0; i < WarmUp; i++)
            {
                await GetAsync(http, path, cancellationToken);
            }
            var (sequential, sequentialRate) = await MeasureAsync(http, path, clients: 1, cancellationToken);
            var (concurrent, concurrentRate) = await MeasureAsync(http, path, Concurrency, cancellationToken);
            Console.Error.WriteLine($"  {path}: {total:n0} in all; p50 {sequential.P50:f1} ms alone, {concurrentRate:f0}/s with {Concurrency} clients");
            results.Add(new ListResult(path, total, listed, sequential, sequentialRate, concurrent, concurrentRate));
        }
        return results;
    }

    // Each client sends its share of the requests one after another.
    private static async Task<(LatencySummary Latency, double Rate)> MeasureAsync(HttpClient http, string path, int clients,
        CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var perClient = await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            var millis = new List<double>();
            for (var i = 0; i < Requests / clients; i++)
            {
                var started = clock.Elapsed;
                await GetAsync(http, path, cancellationToken);
                millis.Add((clock.Elapsed - started).TotalMilliseconds);
            }
            return millis;
        }));
        var all = perClient.SelectMany(m => m).ToList();
        return (LatencySummary.Of(all), all.Count / clock.Elapsed.TotalSeconds);
    }

    private static async Task<string> GetAsync(HttpClient http, string path, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(path, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return response.StatusCode == HttpStatusCode.OK ? body
            : throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 300)]}");
    }

    // The API's total and items; a page's heading ("12 345 hanketta") and list items.
    private static (int Total, int Listed) Count(string path, string body)
    {
        if (path.StartsWith("/api/", StringComparison.Ordinal))
        {
            var root = JsonDocument.Parse(body).RootElement;
            return (root.GetProperty("total").GetInt32(), root.GetProperty("items").GetArrayLength());
        }
        var heading = Heading().Match(body);
        var total = heading.Success ? int.Parse(string.Concat(heading.Groups[1].Value.Where(char.IsDigit)), System.Globalization.CultureInfo.InvariantCulture) : 0;
        var list = body.IndexOf("class=\"portal-items\"", StringComparison.Ordinal);
        return (total, list < 0 ? 0 : Regex.Count(body[list..body.IndexOf("</ul>", list, StringComparison.Ordinal)], "<li>"));
    }

    [GeneratedRegex(@"<h2[^>]*>([\d\s\u00a0\u202f]+)\D")]
    private static partial Regex Heading();
}
