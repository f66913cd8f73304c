using AngleSharp.Dom;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Syndication.Tests.Theme;

/// <summary>
/// The head the theme's layout writes on every public page (src/Web/Theme/PageHead.cs): here rather than in a test
/// project of the host's own, beside the feeds and sitemaps it links to.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class PageHeadTests(PortalHost host)
{
    private readonly HttpClient client = host.CreateClient();

    [Fact]
    public async Task Every_kind_of_public_page_has_a_description_canonical_link_open_graph_and_twitter_card_tags()
    {
        var paths = (await DemoPages.FinnishAsync(client))
            .Concat(["/search?q=kylä", "/mansikka/search?q=kylä", "/mansikka/saavutettavuus", "/mansikka/tietosuoja", "/mansikka/tapahtumat/kuukausi"]);

        foreach (var path in paths)
        {
            var page = await HtmlPages.GetPageAsync(client, path);
            var canonical = page.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
            Assert.True(Uri.TryCreate(canonical, UriKind.Absolute, out _), $"{path}: canonical {canonical}");
            Assert.False(string.IsNullOrWhiteSpace(Meta(page, "name", "description")), $"{path}: description");
            Assert.Equal(Meta(page, "name", "description"), Meta(page, "property", "og:description"));
            Assert.False(string.IsNullOrWhiteSpace(Meta(page, "property", "og:title")), $"{path}: og:title");
            Assert.Equal(canonical, Meta(page, "property", "og:url"));
            Assert.Contains(Meta(page, "property", "og:type"), new[] { "website", "article" });
            Assert.False(string.IsNullOrWhiteSpace(Meta(page, "property", "og:site_name")), $"{path}: og:site_name");
            Assert.Equal("fi_FI", Meta(page, "property", "og:locale"));
            Assert.Equal(["sv_FI", "en_GB"], page.QuerySelectorAll("meta[property='og:locale:alternate']").Select(m => m.GetAttribute("content")));
            Assert.Equal("summary", Meta(page, "name", "twitter:card")?.Replace("_large_image", "", StringComparison.Ordinal));
            Assert.Equal(Meta(page, "property", "og:title"), Meta(page, "name", "twitter:title"));
        }
    }

    [Fact]
    public async Task Item_page_is_an_article_described_by_its_lead_with_its_own_canonical_address()
    {
        var site = await TestSites.CreateAsync(host);
        await host.AddStoryAsync(site, "Kylän tarina");

        var page = await HtmlPages.GetPageAsync(client, $"/{site.Name}/kylan-tarina");

        Assert.Equal("article", Meta(page, "property", "og:type"));
        Assert.Equal("Kylän tarina: lyhyt johdanto.", Meta(page, "name", "description"));
        Assert.Equal($"http://localhost/{site.Name}/kylan-tarina", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("Kylän tarina", Meta(page, "property", "og:title"));
    }

    [Fact]
    public async Task Swedish_page_names_its_locale_and_links_the_swedish_feeds_and_manifest()
    {
        var page = await HtmlPages.GetPageAsync(client, "/mansikka/sv/hankkeet");

        Assert.Equal("sv_FI", Meta(page, "property", "og:locale"));
        Assert.Equal("http://localhost/mansikka/sv/hankkeet", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        var feeds = page.QuerySelectorAll("link[rel=alternate][type]").ToDictionary(l => l.GetAttribute("href")!, l => l.GetAttribute("type"));
        Assert.Equal("application/rss+xml", feeds["/mansikka/sv/feeds/all.rss"]);
        Assert.Equal("application/rss+xml", feeds["/mansikka/sv/feeds/projects.rss"]);
        Assert.Equal("application/atom+xml", feeds["/mansikka/sv/feeds/all.atom"]);
        Assert.Equal("text/calendar", feeds["/mansikka/sv/feeds/events.ics"]);
        Assert.Contains("Projekt", page.QuerySelector("link[href='/mansikka/sv/feeds/projects.rss']")!.GetAttribute("title"), StringComparison.Ordinal);
        Assert.Equal("/mansikka/sv/manifest.webmanifest", page.QuerySelector("link[rel=manifest]")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("link[rel=icon][type='image/svg+xml']"));
    }

    [Fact]
    public async Task Manifest_names_the_site_in_the_pages_language_and_its_icons_exist()
    {
        var response = await client.GetAsync("/mansikka/sv/manifest.webmanifest");
        using var manifest = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("application/manifest+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("sv", manifest.RootElement.GetProperty("lang").GetString());
        Assert.Equal("/mansikka/sv/", manifest.RootElement.GetProperty("start_url").GetString());
        Assert.StartsWith("Nätverk", manifest.RootElement.GetProperty("description").GetString(), StringComparison.Ordinal);
        foreach (var icon in manifest.RootElement.GetProperty("icons").EnumerateArray())
        {
            var file = await client.GetAsync(icon.GetProperty("src").GetString());
            Assert.True(file.IsSuccessStatusCode, icon.GetProperty("src").GetString());
            Assert.Equal(icon.GetProperty("type").GetString(), file.Content.Headers.ContentType?.MediaType);
        }
        Assert.Equal("image/x-icon", (await client.GetAsync("/favicon.ico")).Content.Headers.ContentType?.MediaType);
    }

    private static string? Meta(IDocument page, string attribute, string name) =>
        page.QuerySelector($"meta[{attribute}='{name}']")?.GetAttribute("content");
}
