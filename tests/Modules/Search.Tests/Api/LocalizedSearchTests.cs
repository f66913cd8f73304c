using System.Net.Http.Json;
using Verkostoportaali.Search.Querying;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Search.Tests.Api;

/// <summary>Each variant of an item is indexed in its own culture's index, with that culture's analyzer.</summary>
[Collection(PortalCollection.Name)]
public sealed class LocalizedSearchTests(PortalHost host)
{
    [Fact]
    public async Task Swedish_search_finds_the_swedish_variant_by_an_inflected_word_at_its_swedish_address()
    {
        var results = await DemoSearch.AskAsync(host, "/api/search?q=landsbygd&culture=sv&size=50");

        var hit = Assert.Single(results.Hits, h => h.ContentItemId == "majakka-21673-sv");
        Assert.Equal("sv", hit.Culture);
        Assert.EndsWith("/majakka/sv/yhta-koytta-multiservicepunkter-for-valmaende-i-byarna-i-lansi-pohja", hit.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Finnish_search_finds_the_finnish_item_but_not_its_swedish_variant()
    {
        var finnish = await DemoSearch.AskAsync(host, "/api/search?q=monipalvelupiste&size=50");
        // Asked directly, not through DemoSearch, which waits while a search finds nothing: the indexes are built by now.
        using var client = host.CreateClient();
        var swedishWordInFinnish = await client.GetFromJsonAsync<SearchResults>("/api/search?q=multiservicepunkter&size=50");

        Assert.Contains(finnish.Hits, h => h.ContentItemId == "majakka-21673");
        Assert.DoesNotContain(finnish.Hits, h => h.ContentItemId == "majakka-21673-sv");
        Assert.DoesNotContain(swedishWordInFinnish!.Hits, h => h.ContentItemId == "majakka-21673-sv");
    }

    [Theory]
    [InlineData("sv", "Lappland")]
    [InlineData("fi", "Lappi")]
    public async Task Region_facet_values_are_term_ids_with_their_names_in_the_searchs_culture(string culture, string name)
    {
        var word = culture == "sv" ? "landsbygd" : "kylä";

        var results = await DemoSearch.AskAsync(host, $"/api/search?q={word}&culture={culture}&size=1");

        Assert.Contains(results.Facets["region"], f => f.Value == "lappi" && f.Name == name);
        Assert.All(results.Facets["region"], f => Assert.Matches("^[a-z-]+$", f.Value));
    }
}
