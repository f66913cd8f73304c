using System.Diagnostics;
using System.Net;

namespace Verkostoportaali.Bench.Tenants;

/// <summary>Requests tenant home pages <c>/{tenant}/</c> over HTTP on 127.0.0.1, one at a time, and times each.</summary>
public sealed class HomePageClient : IDisposable
{
    private readonly HttpClient http;

    public HomePageClient(Uri server)
    {
        if (!IPAddress.TryParse(server.Host, out var address) || !IPAddress.IsLoopback(address))
        {
            throw new ArgumentException($"The bench talks to loopback only, not to {server}.", nameof(server));
        }
        http = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>Milliseconds from sending the request to having read the whole page.</summary>
    public async Task<double> GetAsync(int site, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var response = await http.GetAsync($"/{BenchSites.Name(site)}/", cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var elapsed = clock.Elapsed.TotalMilliseconds;
        if (response.StatusCode != HttpStatusCode.OK || !body.Contains(BenchSites.ItemTitle, StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"/{BenchSites.Name(site)}/ answered {(int)response.StatusCode} without its item: {body[..Math.Min(body.Length, 300)]}");
        }
        return elapsed;
    }

    public async Task<IReadOnlyList<double>> GetEachAsync(IEnumerable<int> sites, CancellationToken cancellationToken)
    {
        var millis = new List<double>();
        foreach (var site in sites)
        {
            millis.Add(await GetAsync(site, cancellationToken));
        }
        return millis;
    }

    public void Dispose() => http.Dispose();
}
