using Verkostoportaali.Testing;
using Xunit.Abstractions;

namespace Verkostoportaali.Search.Tests.Quality;

[Collection(PortalCollection.Name)]
public sealed class StockAnalyzerComparisonTests(PortalHost host, ITestOutputHelper output)
{
    private static readonly string[] DemoTenants = ["green-care-keski-suomi", "mansikka", "majakka", "saarijarvi", "elava-kainuu"];

    [Fact]
    public async Task Voikko_and_hunspell_find_at_least_as_many_items_of_the_quality_set_as_lucenes_stock_analyzers()
    {
        var swedishSite = await SwedishSite.CreateAsync(host);
        await QualityRun.WaitForIndexesAsync(host, swedishSite);
        using var stock = await StockAnalyzerIndex.BuildAsync(host, [.. DemoTenants, swedishSite.Name]);
        List<QualityPair> finnish = [.. FinnishQualitySet.Pairs, .. FinnishQualitySet.KnownGaps];
        List<QualityPair> swedish = [.. SwedishQualitySet.Pairs, .. SwedishQualitySet.KnownGaps];

        var oursFinnish = finnish.Count - (await QualityRun.MissesAsync(host, finnish, swedishSite)).Count;
        var oursSwedish = swedish.Count - (await QualityRun.MissesAsync(host, swedish, swedishSite)).Count;
        var stockMisses = finnish.Concat(swedish).Where(p => !stock.Finds(p, p.Tenant ?? swedishSite.Name)).ToList();
        var stockFinnish = finnish.Count - stockMisses.Count(p => p.Culture == "fi");
        var stockSwedish = swedish.Count - stockMisses.Count(p => p.Culture == "sv");
        output.WriteLine($"voikko {oursFinnish}/{finnish.Count} vs FinnishAnalyzer {stockFinnish}/{finnish.Count}; "
            + $"hunspell {oursSwedish}/{swedish.Count} vs SwedishAnalyzer {stockSwedish}/{swedish.Count}");
        output.WriteLine("Stock analyzers miss: " + QualityRun.Describe(stockMisses));

        Assert.True(oursFinnish >= stockFinnish, $"voikko {oursFinnish} < FinnishAnalyzer {stockFinnish}");
        Assert.True(oursSwedish >= stockSwedish, $"hunspell {oursSwedish} < SwedishAnalyzer {stockSwedish}");
        Assert.True(stockFinnish + stockSwedish > 0, "the stock index found nothing: it was built from no items");
    }
}
