using System.Xml.Linq;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Syndication.Tests.Sitemaps;

/// <summary>Sitemaps by the sitemap protocol 0.9 and Google's rules for hreflang alternates.</summary>
[Collection(PortalCollection.Name)]
public sealed class SitemapTests(PortalHost host)
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private readonly HttpClient client = host.CreateClient();

    [Fact]
    public async Task Site_sitemap_lists_home_lists_statements_and_published_items_with_absolute_locs_and_lastmod()
    {
        var site = await TestSites.CreateAsync(host);
        await host.AddStoryAsync(site, "Julkaistu tarina");
        await host.AddStoryAsync(site, "Luonnos", publish: false);

        var (response, sitemap) = await GetAsync($"/{site.Name}/sitemap.xml");

        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Sitemap + "urlset", sitemap.Root!.Name);
        var locs = sitemap.Root.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value).ToList();
        Assert.All(locs, loc => Assert.True(Uri.TryCreate(loc, UriKind.Absolute, out _), loc));
        Assert.Equal(locs.Count, locs.Distinct().Count());
        var home = $"http://localhost/{site.Name}";
        Assert.Contains($"{home}/", locs);
        Assert.Contains($"{home}/sv/", locs);
        Assert.Contains($"{home}/en/artikkelit", locs);
        Assert.Contains($"{home}/tapahtumat", locs);
        Assert.Contains($"{home}/saavutettavuus", locs);
        Assert.Contains($"{home}/julkaistu-tarina", locs);
        Assert.DoesNotContain($"{home}/luonnos", locs);
        var story = sitemap.Root.Elements(Sitemap + "url").Single(u => u.Element(Sitemap + "loc")!.Value == $"{home}/julkaistu-tarina");
        Assert.True(DateTime.TryParse(story.Element(Sitemap + "lastmod")!.Value, out _));
    }

    [Theory]
    [InlineData("/majakka/sitemap.xml")]
    [InlineData("/mansikka/sitemap.xml")]
    public async Task Every_hreflang_alternate_is_reciprocal_and_names_the_url_itself(string path)
    {
        var (_, sitemap) = await GetAsync(path);

        var alternates = sitemap.Root!.Elements(Sitemap + "url").ToDictionary(
            u => u.Element(Sitemap + "loc")!.Value,
            u => u.Elements(Xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value));
        Assert.Contains(alternates.Values, links => links.Count > 1);
        foreach (var (loc, links) in alternates.Where(a => a.Value.Count > 0))
        {
            Assert.Contains(loc, links.Values);
            foreach (var (language, href) in links)
            {
                Assert.True(alternates.TryGetValue(href, out var back), $"{href} (alternate of {loc}) is not in the sitemap");
                Assert.Equal(links, back);
                Assert.Contains(language, new[] { "fi", "sv", "en" });
            }
        }
    }

    [Fact]
    public async Task Majakkas_swedish_variant_is_the_alternate_of_its_finnish_item()
    {
        var (_, sitemap) = await GetAsync("/majakka/sitemap.xml");

        var finnish = sitemap.Root!.Elements(Sitemap + "url")
            .Single(u => u.Element(Sitemap + "loc")!.Value == "http://localhost/majakka/yhta-koytta-kylien-hyvinvoinnin-monipalvelupisteet-lansi-pohjassa");
        var swedish = finnish.Elements(Xhtml + "link").Single(l => l.Attribute("hreflang")!.Value == "sv");
        Assert.Equal("http://localhost/majakka/sv/yhta-koytta-multiservicepunkter-for-valmaende-i-byarna-i-lansi-pohja", swedish.Attribute("href")!.Value);
    }

    [Fact]
    public async Task Portal_sitemap_is_an_index_of_its_own_pages_and_every_listed_sites_sitemap()
    {
        var listed = await TestSites.CreateAsync(host);
        var unlisted = await TestSites.CreateAsync(host, listed: false);

        var (_, index) = await GetAsync("/sitemap.xml");

        Assert.Equal(Sitemap + "sitemapindex", index.Root!.Name);
        var locs = index.Root.Elements(Sitemap + "sitemap").Select(s => s.Element(Sitemap + "loc")!.Value).ToList();
        Assert.Contains("http://localhost/sitemap-pages.xml", locs);
        Assert.Contains("http://localhost/mansikka/sitemap.xml", locs);
        Assert.Contains($"http://localhost/{listed.Name}/sitemap.xml", locs);
        Assert.DoesNotContain($"http://localhost/{unlisted.Name}/sitemap.xml", locs);
        var (_, pages) = await GetAsync("/sitemap-pages.xml");
        Assert.Contains(pages.Root!.Elements(Sitemap + "url"), u => u.Element(Sitemap + "loc")!.Value == "http://localhost/");
    }

    [Fact]
    public async Task Robots_txt_allows_public_pages_closes_admin_login_and_search_and_names_the_sitemap()
    {
        var response = await client.GetAsync("/robots.txt");
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n');

        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("User-agent: *", lines[0]);
        Assert.Contains("Allow: /", lines);
        Assert.Contains("Disallow: /admin/", lines);
        Assert.Contains("Disallow: /*/admin/", lines);
        Assert.Contains("Disallow: /login$", lines);
        Assert.Contains("Disallow: /search?", lines);
        Assert.Contains("Disallow: /*/liity$", lines);
        Assert.DoesNotContain("Disallow: /search", lines);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", lines);
    }

    [Fact]
    public async Task Site_on_its_own_host_name_has_a_robots_txt_naming_its_own_sitemap()
    {
        var hostName = "robots-" + Guid.NewGuid().ToString("N")[..8] + ".example";
        await host.CreateSiteAsync(TestSites.Recipe, t => t with { UrlPrefix = null, HostNames = [hostName] });
        var request = new HttpRequestMessage(HttpMethod.Get, "/robots.txt");
        request.Headers.Host = hostName;

        var text = await (await client.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Contains($"Sitemap: http://{hostName}/sitemap.xml\n", text, StringComparison.Ordinal);
    }

    private async Task<(HttpResponseMessage, XDocument)> GetAsync(string path)
    {
        var response = await client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return (response, XDocument.Parse(await response.Content.ReadAsStringAsync()));
    }
}
