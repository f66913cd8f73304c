using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Search.Indexes;
using Verkostoportaali.Search.Outbox;
using Verkostoportaali.Search.Querying;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Search.Tests;

/// <summary>Asks the demo portal's search API, waiting first for the worker to build the demo's indexes.</summary>
internal static class DemoSearch
{
    // The demo recipe's sites and the portal; other tests of the collection add sites of their own.
    private static readonly string[] DemoSites = [TenantName.Default, "green-care-keski-suomi", "mansikka", "majakka", "saarijarvi", "elava-kainuu"];

    public static async Task<SearchResults> AskAsync(PortalHost host, string pathAndQuery)
    {
        using var client = host.CreateClient();
        for (var attempt = 0; ; attempt++)
        {
            var results = await client.GetFromJsonAsync<SearchResults>(pathAndQuery);
            if (results!.Total > 0 || attempt >= 60)
            {
                return results;
            }
            await Task.Delay(500);
        }
    }

    /// <summary>
    /// The demo sites' indexes are complete and have nothing left to apply, so what is found stays the same from one
    /// request to the next (<see cref="AskAsync"/> only waits for a first hit).
    /// </summary>
    public static async Task WhenIndexedAsync(PortalHost host)
    {
        var indexes = host.Services.GetRequiredService<TenantIndexes>();
        var backlog = host.Services.GetRequiredService<SearchBacklog>();
        for (var attempt = 0; attempt < 120; attempt++)
        {
            if (DemoSites.All(site => indexes.AreComplete(site) && !backlog.Pending.Contains(site)))
            {
                return;
            }
            await Task.Delay(250);
        }
        throw new TimeoutException("The demo's search indexes were not built in 30 s.");
    }
}
