using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Integration.Tests;

/// <summary>The demo's seed 002 (Majakka's project 21673) has a Swedish variant with a slug of its own.</summary>
[Collection(PortalCollection.Name)]
public sealed class ContentLocalizationTests(PortalHost host)
{
    private const string Finnish = "/majakka/yhta-koytta-kylien-hyvinvoinnin-monipalvelupisteet-lansi-pohjassa";
    private const string Swedish = "/majakka/sv/yhta-koytta-multiservicepunkter-for-valmaende-i-byarna-i-lansi-pohja";
    private const string UntranslatedInSwedish = "/mansikka/sv/osallisuudella-uusia-palveluratkaisuja-ja-hyvinvointia-pohjois-savoon";

    private readonly HttpClient client = host.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task Language_switcher_on_an_item_leads_to_its_variant_at_the_variants_own_slug()
    {
        var page = await GetAsync(Finnish);

        var switcher = page.QuerySelectorAll(".languages a").ToDictionary(a => a.GetAttribute("hreflang")!, a => a.GetAttribute("href"));
        var alternates = page.QuerySelectorAll("link[rel=alternate][hreflang]").ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href"));
        Assert.Equal(Swedish, switcher["sv"]);
        Assert.Equal(Finnish, switcher["fi"]);
        Assert.Equal(switcher, alternates);
    }

    [Fact]
    public async Task Item_page_links_its_variant_named_in_the_variants_language()
    {
        var page = await GetAsync(Finnish);

        var link = Assert.Single(page.QuerySelectorAll(".content-languages a"));
        Assert.Equal(Swedish, link.GetAttribute("href"));
        Assert.Equal("sv", link.GetAttribute("lang"));
        Assert.Equal("På svenska", link.TextContent);
    }

    [Fact]
    public async Task Swedish_variant_is_a_swedish_page_with_swedish_register_values_and_no_notice()
    {
        var page = await GetAsync(Swedish);

        Assert.Equal("sv", page.DocumentElement.GetAttribute("lang"));
        Assert.Null(page.QuerySelector(".notice[role=note]"));
        Assert.StartsWith("YHTÄ KÖYTTÄ – multiservicepunkter", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Utvecklingsprojekt", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(Finnish, page.QuerySelector(".content-languages a[hreflang=fi]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/majakka/sv/yhta-koytta-kylien-hyvinvoinnin-monipalvelupisteet-lansi-pohjassa", Swedish)]
    [InlineData("/majakka/yhta-koytta-multiservicepunkter-for-valmaende-i-byarna-i-lansi-pohja", Finnish)]
    public async Task Address_with_another_languages_slug_redirects_to_the_variant_of_the_addresss_language(string path, string variant)
    {
        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(variant, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Item_without_a_variant_in_the_language_says_so_and_links_the_version_it_has()
    {
        var page = await GetAsync(UntranslatedInSwedish);

        Assert.NotNull(page.QuerySelector(".notice[role=note]"));
        var original = Assert.Single(page.QuerySelectorAll(".content-languages a"));
        Assert.Equal(UntranslatedInSwedish.Replace("/sv/", "/", StringComparison.Ordinal), original.GetAttribute("href"));
        Assert.Equal("fi", original.GetAttribute("lang"));
        Assert.Equal("Suomeksi", original.TextContent);
    }

    [Theory]
    [InlineData("/majakka/", "YHTÄ KÖYTTÄ -Kylien", "fi", "YHTÄ KÖYTTÄ – multiservicepunkter")]
    [InlineData("/majakka/sv/", "YHTÄ KÖYTTÄ – multiservicepunkter", "sv", "YHTÄ KÖYTTÄ -Kylien")]
    public async Task Tenant_home_lists_one_version_of_an_item_in_the_pages_language(string path, string shown, string language, string hidden)
    {
        var titles = (await GetAsync(path)).QuerySelectorAll(".content-list > div[lang] h3")
            .ToDictionary(h => h.TextContent, h => h.Closest("div[lang]")!.GetAttribute("lang"));

        Assert.Equal(language, titles.Single(t => t.Key.StartsWith(shown, StringComparison.Ordinal)).Value);
        Assert.DoesNotContain(titles.Keys, t => t.StartsWith(hidden, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/majakka/", "Hanke")]
    [InlineData("/majakka/sv/", "Projekt")]
    [InlineData("/majakka/en/", "Project")]
    public async Task Type_name_on_lists_is_the_definitions_label_in_the_pages_language(string path, string label)
    {
        var page = await GetAsync(path);

        Assert.Contains(label, page.QuerySelectorAll(".content-list .content-type").Select(p => p.TextContent));
    }

    private async Task<IHtmlDocument> GetAsync(string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }
}
