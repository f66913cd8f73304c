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
}
