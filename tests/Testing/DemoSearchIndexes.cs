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

    /// <summary>
    /// The demo sites' indexes are complete and have nothing left to apply, so what is found stays the same from one
    /// request to the next.
    /// </summary>
    public static async Task WhenBuiltAsync(IServiceProvider services)
    {
        var indexes = services.GetRequiredService<TenantIndexes>();
        var backlog = services.GetRequiredService<SearchBacklog>();
        for (var attempt = 0; attempt < 120; attempt++)
        {
            if (Sites.All(site => indexes.AreComplete(site) && !backlog.Pending.Contains(site)))
            {
                return;
            }
            await Task.Delay(250);
        }
        throw new TimeoutException("The demo's search indexes were not built in 30 s.");
    }
}
