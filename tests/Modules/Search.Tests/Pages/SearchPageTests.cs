using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Verkostoportaali.Search.Querying;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Search.Tests.Pages;

/// <summary>The HTML search page shows what the API finds, with facet links that narrow the search and pages.</summary>
[Collection(PortalCollection.Name)]
public sealed class SearchPageTests(PortalHost host)
{
    [Fact]
    public async Task Portal_search_lists_hits_with_marked_snippets_and_facets_counted_as_the_api_counts_them()
    {
        var api = await ApiAsync("/api/search?q=palvelu");

        var page = await PageAsync("/search?q=palvelu");

        Assert.Equal($"{api.Total} tulosta", page.QuerySelector("[role=status]")!.TextContent.Trim());
        Assert.Equal(api.Hits.Select(h => h.Url), page.QuerySelectorAll(".search-results h2 a").Select(a => a.GetAttribute("href")));
        Assert.NotEmpty(page.QuerySelectorAll(".search-results mark"));
        var sites = Facet(page, "Sivusto");
        Assert.Equal(api.Facets["tenant"].Take(10).Select(f => f.Count), sites.Select(s => s.Count));
        Assert.DoesNotContain(sites, s => s.Label == "mansikka" || s.Label == "elava-kainuu");
        Assert.Contains(Facet(page, "Sisältötyyppi"), t => t.Label == "Hanke");
    }

    [Fact]
    public async Task A_facet_link_narrows_the_search_and_choosing_it_again_widens_it()
    {
        await ApiAsync("/api/search?q=palvelu");
        var all = await PageAsync("/search?q=palvelu");
        var project = Facet(all, "Sisältötyyppi").Single(t => t.Label == "Hanke");

        var narrowed = await PageAsync(project.Href);
        var chosen = narrowed.QuerySelectorAll(".search-facets a[aria-current=true]").Single();
        var widened = await PageAsync(chosen.GetAttribute("href")!);

        Assert.Contains("type=Project", project.Href, StringComparison.Ordinal);
        Assert.Equal($"{project.Count} tulosta", narrowed.QuerySelector("[role=status]")!.TextContent.Trim());
        Assert.Equal("Hanke", chosen.TextContent.Trim());
        Assert.Equal(all.QuerySelector("[role=status]")!.TextContent, widened.QuerySelector("[role=status]")!.TextContent);
        Assert.Empty(widened.QuerySelectorAll(".search-facets a[aria-current=true]"));
    }

    [Fact]
    public async Task Results_past_the_first_page_are_reached_by_the_next_page_link()
    {
        var all = await ApiAsync("/api/search?q=verkosto&size=50");
        var api = await ApiAsync("/api/search?q=verkosto&size=3&page=2");
        var first = await PageAsync("/search?q=verkosto&size=3");

        var next = first.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        var second = await PageAsync(next);

        Assert.True(all.Total > 6, $"verkosto finds {all.Total}: too few for a third page");
        Assert.Equal(api.Hits.Select(h => h.Url), second.QuerySelectorAll(".search-results h2 a").Select(a => a.GetAttribute("href")));
        Assert.Equal("4", second.QuerySelector(".search-results")!.GetAttribute("start"));
        Assert.Contains("size=3", second.QuerySelector("a[rel=next]")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.NotNull(second.QuerySelector("a[rel=prev]"));
    }

    [Fact]
    public async Task A_search_without_hits_says_so_in_the_page_language()
    {
        var finnish = await PageAsync("/search?q=zzyzxqq");
        var swedish = await PageAsync("/sv/search?q=zzyzxqq");

        Assert.StartsWith("Haullasi ei löytynyt tuloksia", finnish.QuerySelector("[role=status]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Empty(finnish.QuerySelectorAll(".search-facets"));
        Assert.Equal("sv", swedish.DocumentElement.GetAttribute("lang"));
        Assert.DoesNotContain("Haullasi", swedish.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_swedish_search_names_its_region_facet_values_in_swedish()
    {
        await ApiAsync("/api/search?q=landsbygd&culture=sv");

        var page = await PageAsync("/sv/search?q=landsbygd");

        var regions = Facet(page, "Landskap").Select(r => r.Label).ToList();
        Assert.Contains("Lappland", regions);
        Assert.DoesNotContain("Lappi", regions);
        Assert.Contains(Facet(page, "Landskap"), r => r.Label == "Lappland" && r.Href.Contains("region=lappi", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_site_search_has_no_site_facet()
    {
        await ApiAsync("/mansikka/api/search?q=hanke");

        var page = await PageAsync("/mansikka/search?q=hanke");

        Assert.NotEmpty(page.QuerySelectorAll(".search-results li"));
        Assert.Empty(Facet(page, "Sivusto"));
        Assert.All(page.QuerySelectorAll(".search-results h2 a"), a => Assert.Contains("/mansikka/", a.GetAttribute("href"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_portal_search_shown_before_a_publish_in_a_site_finds_the_page_once_it_is_indexed()
    {
        var site = await host.CreateSiteAsync();
        await host.AddPageAsync(site, "Sammakkojuhla", "<p>Sammakkojuhla pidetään lammella.</p>", publish: true);
        await ApiAsync("/api/search?q=sammakkojuhla");
        const string search = "/search?q=sammakkojuhla";
        // Asked twice: the second answer is the kept one.
        await PageAsync(search);
        var before = await PageAsync(search);

        await host.AddPageAsync(site, "Sammakkojuhlan ohjelma", "<p>Sammakkojuhla alkaa kuorolla.</p>", publish: true);

        await Eventually.TrueAsync(async () => (await PageAsync(search)).QuerySelectorAll(".search-results li").Length == 2,
            "the published page in the portal search page's results");
        Assert.Equal("1 tulos", before.QuerySelector("[role=status]")!.TextContent.Trim());
    }

    // Both wait for the demo's indexes first, so that the page and the API see the same.
    private async Task<SearchResults> ApiAsync(string pathAndQuery)
    {
        await DemoSearchIndexes.WhenBuiltAsync(host.Services);
        return await DemoSearch.AskAsync(host, pathAndQuery);
    }

    private async Task<IHtmlDocument> PageAsync(string pathAndQuery)
    {
        await DemoSearchIndexes.WhenBuiltAsync(host.Services);
        using var client = host.CreateClient();
        using var response = await client.GetAsync(pathAndQuery);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    private static List<(string Label, int Count, string Href)> Facet(IHtmlDocument page, string title) =>
        page.QuerySelectorAll(".search-facets h2").FirstOrDefault(h => h.TextContent == title)?.NextElementSibling?
            .QuerySelectorAll("li").Select(li => (li.QuerySelector("a")!.TextContent.Trim(), int.Parse(li.QuerySelector(".facet-count")!.TextContent,
                System.Globalization.CultureInfo.InvariantCulture), li.QuerySelector("a")!.GetAttribute("href")!)).ToList() ?? [];
}
