using System.Net.Http.Json;
using Verkostoportaali.Search.Querying;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Search.Tests.Quality;

[Collection(PortalCollection.Name)]
public sealed class SearchQualityTests(PortalHost host)
{
    [Fact]
    public void The_quality_set_has_at_least_40_finnish_and_15_swedish_pairs_of_distinct_queries()
    {
        var pairs = FinnishQualitySet.Pairs.Concat(SwedishQualitySet.Pairs).ToList();

        var finnish = pairs.Count(p => p.Culture == "fi");
        var swedish = pairs.Count(p => p.Culture == "sv");

        Assert.True(finnish >= 40, $"{finnish} Finnish pairs");
        Assert.True(swedish >= 15, $"{swedish} Swedish pairs");
        Assert.Equal(pairs.Count, pairs.DistinctBy(p => (p.Query, p.Culture)).Count());
    }

    [Fact]
    public async Task Every_query_of_the_quality_set_finds_its_item_in_the_top_ten()
    {
        var swedishSite = await SwedishSite.CreateAsync(host);
        await QualityRun.WaitForIndexesAsync(host, swedishSite);

        var misses = await QualityRun.MissesAsync(host, FinnishQualitySet.Pairs.Concat(SwedishQualitySet.Pairs), swedishSite);

        Assert.True(misses.Count == 0, QualityRun.Describe(misses));
    }

    [Fact]
    public async Task Swedish_card_values_of_a_finnish_item_are_found_only_as_written_and_only_in_finnish_search()
    {
        // Saarijärvi's card was read from the register's Swedish pages, but the item is Finnish: it is in the fi index only.
        await DemoSearch.AskAsync(host, "/saarijarvi/api/search?q=hanke");
        using var client = host.CreateClient();

        var asWritten = await client.GetFromJsonAsync<SearchResults>("/saarijarvi/api/search?q=nätverk&culture=fi");
        var inflected = await client.GetFromJsonAsync<SearchResults>("/saarijarvi/api/search?q=nätverket&culture=fi");
        var inSwedish = await client.GetFromJsonAsync<SearchResults>("/saarijarvi/api/search?q=nätverk&culture=sv");

        Assert.Contains(asWritten!.Hits, h => h.ContentItemId == "saarijarvi-67867");
        Assert.Equal(0, inflected!.Total);
        Assert.Equal(0, inSwedish!.Total);
    }
}
