using System.Net.Http.Json;
using Verkostoportaali.Search.Querying;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Search.Tests;

/// <summary>Asks the demo portal's search API, waiting first for the worker to build the demo's indexes.</summary>
internal static class DemoSearch
{
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
}
