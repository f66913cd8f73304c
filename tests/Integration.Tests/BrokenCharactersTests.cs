using System.Xml.Linq;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Integration.Tests;

/// <summary>
/// The register lost seed 003's dashes to a wrong code page, and they showed as <c>¿</c> on pages and in search
/// snippets. No page of any demo site, in any language, and no search answer shows one.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class BrokenCharactersTests(PortalHost host)
{
    private const string BrokenDash = "¿";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly string[] DemoSites = ["green-care-keski-suomi", "mansikka", "majakka", "saarijarvi", "elava-kainuu"];

    [Fact]
    public async Task No_page_of_a_demo_site_shows_a_lost_dash()
    {
        using var client = host.CreateClient();
        var pages = new List<string>();
        foreach (var site in DemoSites)
        {
            var sitemap = XDocument.Parse(await client.GetStringAsync($"/{site}/sitemap.xml"));
            pages.AddRange(sitemap.Descendants(Sitemap + "loc").Select(loc => new Uri(loc.Value).PathAndQuery));
        }

        var broken = new List<string>();
        foreach (var page in pages)
        {
            if ((await client.GetStringAsync(page)).Contains(BrokenDash, StringComparison.Ordinal))
            {
                broken.Add(page);
            }
        }

        using var projects = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/saarijarvi/api/content?type=Project"));
        var seedProject = projects.RootElement.GetProperty("items").EnumerateArray()
            .Single(item => item.GetProperty("culture").GetString() == "fi").GetProperty("url").GetString()!;
        Assert.Contains(new Uri(new Uri("http://localhost"), seedProject).PathAndQuery, pages);
        Assert.True(pages.Count > 50, $"{pages.Count} pages in the demo sites' sitemaps");
        Assert.Empty(broken);
    }

    [Theory]
    [InlineData("/saarijarvi/api/search?q=hanke")]
    [InlineData("/api/search?q=palveleva")]
    public async Task No_search_snippet_shows_a_lost_dash(string search)
    {
        var answer = await host.CreateClient().GetStringAsync(search);

        Assert.Contains("Palveleva yhteisö 2020", answer, StringComparison.Ordinal);
        Assert.DoesNotContain(BrokenDash, answer, StringComparison.Ordinal);
    }
}
