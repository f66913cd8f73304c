using Verkostoportaali.Localization;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Providers.Tests;

/// <summary>Green Care (seed 000): the demo's example providers make every filter of the directory give results.</summary>
[Collection(PortalCollection.Name)]
public sealed class DemoExamplesTests(PortalHost host)
{
    private const string DemoRecipe = """
        { "name": "t", "steps": [ { "name": "Recipes", "run": ["green-care-network", "demo-green-care-keski-suomi-providers",
          "demo-green-care-keski-suomi-projects", "demo-green-care-keski-suomi-events", "demo-green-care-keski-suomi-examples"] } ] }
        """;

    public static TheoryData<string?, QualityMarkKind?> Filters => new()
    {
        { "sosiaali-ja-terveys", null },
        { "matkailu", null },
        { "taide-ja-kulttuuri", null },
        { "maa-ja-metsatalous", null },
        { null, QualityMarkKind.LuontoHoiva },
        { null, QualityMarkKind.LuontoVoima },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Each_service_field_and_quality_mark_filter_lists_example_providers(string? serviceField, QualityMarkKind? mark)
    {
        var site = await host.CreateSiteAsync(DemoRecipe);

        var results = await host.InTenantAsync<ProviderDirectory, ProviderResults>(site, directory =>
            directory.FindAsync(new ProviderFilter(ServiceField: serviceField, Mark: mark, ValidMarksOnly: mark is not null), new ListPage(1, 0, null), CancellationToken.None));
        var inKeskiSuomi = await host.InTenantAsync<ProviderDirectory, ProviderResults>(site, directory =>
            directory.FindAsync(new ProviderFilter(serviceField, "keski-suomi", mark, ValidMarksOnly: mark is not null), new ListPage(1, 0, null), CancellationToken.None));

        Assert.NotEmpty(results.Items);
        Assert.All(results.Items, p => Assert.StartsWith("Esimerkki: ", p.DisplayText, StringComparison.Ordinal));
        Assert.Equal(results.Total, inKeskiSuomi.Total);
    }
}
