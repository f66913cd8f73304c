using System.Net.Http.Json;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Search.Querying;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Search.Tests.Quality;

/// <summary>Runs quality pairs through the real search API of each pair's tenant and lists the pairs whose item is not in the top ten.</summary>
internal static class QualityRun
{
    public const int Top = 10;

    /// <summary>Waits until the demo and the Swedish site are indexed, so a miss is a miss and not a slow worker.</summary>
    public static async Task WaitForIndexesAsync(PortalHost host, Tenant swedishSite)
    {
        await DemoSearch.AskAsync(host, "/elava-kainuu/api/search?q=verkosto");
        await DemoSearch.AskAsync(host, $"/{swedishSite.Name}/api/search?q=nätverk&culture=sv");
    }

    public static async Task<List<QualityPair>> MissesAsync(PortalHost host, IEnumerable<QualityPair> pairs, Tenant swedishSite)
    {
        using var client = host.CreateClient();
        var misses = new List<QualityPair>();
        foreach (var pair in pairs)
        {
            var tenant = pair.Tenant ?? swedishSite.Name;
            var url = $"/{tenant}/api/search?q={Uri.EscapeDataString(pair.Query)}&culture={pair.Culture}&size={Top}";
            var results = await client.GetFromJsonAsync<SearchResults>(url);
            if (!results!.Hits.Any(h => h.ContentItemId == pair.ContentItemId))
            {
                misses.Add(pair);
            }
        }
        return misses;
    }

    public static string Describe(IReadOnlyCollection<QualityPair> misses) =>
        $"{misses.Count} missed:\n" + string.Join("\n", misses);
}
