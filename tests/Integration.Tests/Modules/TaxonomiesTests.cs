using AngleSharp.Html.Parser;
using Verkostoportaali.Taxonomies;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Integration.Tests.Modules;

[Collection(PortalCollection.Name)]
public sealed class TaxonomiesTests(PortalHost host)
{
    [Fact]
    public async Task Leader_group_site_has_all_regions_and_municipalities_with_swedish_names()
    {
        var site = await host.CreateSiteAsync("""{ "name": "t", "steps": [ { "name": "Recipes", "run": ["leader-group"] } ] }""");

        var regions = await host.InTenantAsync<Vocabularies, IReadOnlyList<Term>>(site, v => v.TermsAsync("regions"));
        var municipalities = await host.InTenantAsync<Vocabularies, IReadOnlyList<Term>>(site, v => v.TermsAsync("municipalities"));

        Assert.Equal(19, regions.Count);
        Assert.Equal("Österbotten", regions.Single(r => r.Id == "pohjanmaa").Name.Sv);
        Assert.Equal(308, municipalities.Count);
        Assert.All(municipalities, m => Assert.Contains(regions, r => r.Id == m.Parent));
        Assert.Equal("Korsholm", municipalities.Single(m => m.Id == "mustasaari").Name.Sv);
    }

    [Fact]
    public async Task Item_page_shows_the_names_of_its_terms()
    {
        var html = await host.CreateClient().GetStringAsync("/elava-kainuu/vapaat-verkostot");

        var terms = new HtmlParser().ParseDocument(html).QuerySelectorAll(".terms .term").Select(t => t.TextContent).ToList();
        Assert.Contains("Kainuu", terms);
        Assert.Contains("Suomussalmi", terms);
        Assert.Contains("Verkostot", terms);
    }

    [Theory]
    [InlineData("regions")]
    [InlineData("municipalities")]
    [InlineData("themes")]
    [InlineData("service-fields")]
    public async Task Every_term_has_a_finnish_swedish_and_english_name(string vocabulary)
    {
        var site = await host.CreateSiteAsync("""{ "name": "t", "steps": [ { "name": "Recipes", "run": ["green-care-network"] } ] }""");

        var terms = await host.InTenantAsync<Vocabularies, IReadOnlyList<Term>>(site, v => v.TermsAsync(vocabulary));

        Assert.NotEmpty(terms);
        Assert.All(terms, t => Assert.True(t.Name.Fi.Length > 0 && t.Name.Sv?.Length > 0 && t.Name.En?.Length > 0, t.Id));
    }

    [Theory]
    [InlineData("/majakka/sv/yhta-koytta-multiservicepunkter-for-valmaende-i-byarna-i-lansi-pohja", "Lappland", "Välmående")]
    [InlineData("/majakka/yhta-koytta-kylien-hyvinvoinnin-monipalvelupisteet-lansi-pohjassa", "Lappi", "Hyvinvointi")]
    public async Task Item_page_shows_its_terms_in_the_pages_language(string path, string region, string theme)
    {
        var html = await host.CreateClient().GetStringAsync(path);

        var terms = new HtmlParser().ParseDocument(html).QuerySelectorAll(".terms .term").Select(t => t.TextContent).ToList();
        Assert.Contains(region, terms);
        Assert.Contains(theme, terms);
    }

    [Fact]
    public async Task Running_the_taxonomy_recipes_again_changes_nothing()
    {
        var site = await host.CreateSiteAsync("""{ "name": "t", "steps": [ { "name": "Recipes", "run": ["leader-group", "regions", "municipalities"] } ] }""");

        var municipalities = await host.InTenantAsync<Vocabularies, IReadOnlyList<Term>>(site, v => v.TermsAsync("municipalities"));

        Assert.Equal(308, municipalities.Count);
        Assert.Equal(municipalities.Count, municipalities.Select(m => m.Id).Distinct().Count());
    }
}
