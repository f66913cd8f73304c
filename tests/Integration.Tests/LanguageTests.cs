using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Integration.Tests;

[Collection(PortalCollection.Name)]
public sealed class LanguageTests(PortalHost host)
{
    private const string MansikkaProject = "osallisuudella-uusia-palveluratkaisuja-ja-hyvinvointia-pohjois-savoon";

    private readonly HttpClient client = host.CreateClient();

    [Theory]
    [InlineData("/", "fi", "Sivustot")]
    [InlineData("/sv/", "sv", "Webbplatser")]
    [InlineData("/en/", "en", "Sites")]
    public async Task Portal_home_speaks_the_language_of_its_address(string path, string language, string sitesHeading)
    {
        var page = await GetAsync(path);

        Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
        Assert.Contains(sitesHeading, page.QuerySelectorAll("h2").Select(h => h.TextContent));
    }

    [Fact]
    public async Task Links_on_a_swedish_tenant_page_stay_swedish()
    {
        var page = await GetAsync("/mansikka/sv/");

        var navigation = page.QuerySelectorAll(".main-nav a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/mansikka/sv/hankkeet", navigation);
        Assert.All(navigation, href => Assert.StartsWith("/mansikka/sv/", href, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Language_switcher_and_hreflang_point_at_the_same_page_with_its_query()
    {
        var page = await GetAsync("/mansikka/hankkeet?year=2020");

        var switcher = page.QuerySelectorAll(".languages a").ToDictionary(a => a.GetAttribute("hreflang")!, a => a.GetAttribute("href"));
        var alternates = page.QuerySelectorAll("link[rel=alternate][hreflang]").ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href"));
        Assert.Equal("/mansikka/hankkeet?year=2020", switcher["fi"]);
        Assert.Equal("/mansikka/sv/hankkeet?year=2020", switcher["sv"]);
        Assert.Equal("/mansikka/en/hankkeet?year=2020", switcher["en"]);
        Assert.Equal(switcher, alternates);
    }

    [Fact]
    public async Task Untranslated_item_says_so_and_keeps_its_own_language_marked()
    {
        var page = await GetAsync($"/mansikka/sv/{MansikkaProject}");

        Assert.NotNull(page.QuerySelector(".notice[role=note]"));
        Assert.Equal("fi", page.QuerySelector("main [lang]")!.GetAttribute("lang"));
        Assert.Equal("sv", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Translated_page_has_no_notice_in_its_own_language()
    {
        var page = await GetAsync($"/mansikka/{MansikkaProject}");

        Assert.Null(page.QuerySelector(".notice[role=note]"));
    }

    [Fact]
    public async Task Not_found_page_is_in_the_language_of_the_address()
    {
        var response = await client.GetAsync("/mansikka/en/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent);
    }

    [Theory]
    [InlineData("/", "Hae", "/search")]
    [InlineData("/sv/", "Sök", "/sv/search")]
    [InlineData("/mansikka/en/hankkeet", "Search", "/mansikka/en/search")]
    public async Task Header_search_box_is_labelled_in_the_page_language_and_searches_the_same_site(string path, string label, string action)
    {
        var page = await GetAsync(path);

        var form = page.QuerySelector("header form[role=search]")!;
        Assert.Equal(label, form.QuerySelector("label[for=site-search-q]")!.TextContent);
        Assert.Equal(action, form.GetAttribute("action"));
    }

    [Fact]
    public async Task Every_public_page_in_every_language_has_the_header_search_box_labelled_hae_sok_or_search()
    {
        var labels = new Dictionary<string, string> { ["fi"] = "Hae", ["sv"] = "Sök", ["en"] = "Search" };
        var finnish = await PublicPages.CrawlAsync(client, ["/", "/mansikka/", "/elava-kainuu/", "/green-care-keski-suomi/",
            "/majakka/", "/saarijarvi/", "/login", "/no-such-page", "/mansikka/no-such-page"], maxPages: 400);
        var problems = new List<string>();

        // A story's print version is a document of its own, without the site's header (ArticlePrintTests).
        foreach (var path in finnish.Where(p => !p.EndsWith("/tulostettava", StringComparison.Ordinal)))
        {
            var page = new HtmlParser().ParseDocument(await (await client.GetAsync(path)).Content.ReadAsStringAsync());
            var versions = page.QuerySelectorAll(".languages a[hreflang]").Select(a => a.GetAttribute("href")!).Prepend(path);
            foreach (var version in versions.Distinct())
            {
                var html = new HtmlParser().ParseDocument(await (await client.GetAsync(version)).Content.ReadAsStringAsync());
                var label = html.QuerySelector("header form[role=search] label[for=site-search-q]")?.TextContent;
                var language = html.DocumentElement.GetAttribute("lang")!;
                if (label != labels.GetValueOrDefault(language))
                {
                    problems.Add($"{version} ({language}): {label ?? "no search box"}");
                }
            }
        }

        Assert.True(finnish.Count > 40, $"The crawl found only {finnish.Count} pages.");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("fi", "13.1.2020")]
    [InlineData("sv", "13.1.2020")]
    [InlineData("en", "13/01/2020")]
    public void Short_dates_are_written_as_in_finland(string language, string expected)
    {
        var culture = Localization.PortalCultures.Formatting(language);

        Assert.Equal(expected, new DateTime(2020, 1, 13).ToString("d", culture));
    }

    private async Task<IHtmlDocument> GetAsync(string path) =>
        new HtmlParser().ParseDocument(await client.GetStringAsync(path));
}
