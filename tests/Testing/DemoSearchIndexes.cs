using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Search.Indexes;
using Verkostoportaali.Search.Outbox;

namespace Verkostoportaali.Testing;

/// <summary>Waits for the index worker, which builds the demo sites' search indexes after the portal starts.</summary>
public static class DemoSearchIndexes
{
    // The demo recipe's sites and the portal; tests add sites of their own, which this does not wait for.
    private static readonly string[] Sites = [TenantName.Default, "green-care-keski-suomi", "mansikka", "majakka", "saarijarvi", "elava-kainuu"];

    // The worker builds one site after another, how fast depends on how busy the machine is: the wait lasts as long as
    // it finishes sites. One that finishes none for this long has stopped; its first site includes loading the Finnish
    // and Swedish dictionaries, which a starved test run has seen take 48 s.
    private static readonly TimeSpan Stalled = TimeSpan.FromSeconds(90);

    /// <summary>
    /// The demo sites' indexes are complete and have nothing left to apply, so what is found stays the same from one
    /// request to the next.
    /// </summary>
    public static async Task WhenBuiltAsync(IServiceProvider services)
    {
        var indexes = services.GetRequiredService<TenantIndexes>();
        var backlog = services.GetRequiredService<SearchBacklog>();
        string[] Unbuilt() => [.. Sites.Where(site => !indexes.AreComplete(site) || backlog.Pending.Contains(site))];
        var unbuilt = Unbuilt();
        var sinceProgress = Stopwatch.StartNew();
        while (unbuilt.Length > 0)
        {
            if (sinceProgress.Elapsed > Stalled)
            {
                throw new TimeoutException(
                    $"The index worker built none of the demo's search indexes in {Stalled.TotalSeconds} s; not built: {string.Join(", ", unbuilt)}.");
            }
            await Task.Delay(250);
            var now = Unbuilt();
            if (now.Length < unbuilt.Length)
            {
                sinceProgress.Restart();
            }
            unbuilt = now;
        }
    }
}
