using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Verkostoportaali.Articles;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Integration.Tests.Modules;

[Collection(PortalCollection.Name)]
public sealed class ArticlesTests(PortalHost host)
{
    private const string LeaderGroup = """{ "name": "t", "steps": [ { "name": "Recipes", "run": ["leader-group"] } ] }""";

    private readonly HttpClient client = host.CreateClient();

    [Fact]
    public async Task Story_list_links_the_demo_story_with_its_lead()
    {
        var html = await client.GetStringAsync("/elava-kainuu/artikkelit");

        var summary = new HtmlParser().ParseDocument(html).QuerySelector(".content-summary");
        Assert.Equal("/elava-kainuu/vapaat-verkostot", summary!.QuerySelector("a")!.GetAttribute("href"));
        Assert.StartsWith("Elävä Kainuun LEADER ry:n hallinnoimassa hankkeessa", summary.QuerySelector("p:last-child")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Story_page_carries_schema_org_article_json_ld()
    {
        var html = await client.GetStringAsync("/elava-kainuu/vapaat-verkostot");

        var script = new HtmlParser().ParseDocument(html).QuerySelector("script[type='application/ld+json']")!.TextContent;
        using var json = JsonDocument.Parse(script);
        Assert.Equal("Article", json.RootElement.GetProperty("@type").GetString());
        Assert.Equal("Vapaat verkostot", json.RootElement.GetProperty("headline").GetString());
        Assert.Equal("Elävä Kainuu LEADER ry", json.RootElement.GetProperty("author").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Seed_004_story_shows_its_own_date_and_its_project_leader()
    {
        var page = await HtmlPages.GetPageAsync(client, "/elava-kainuu/vapaat-verkostot");

        Assert.Equal("2020-03-31", page.QuerySelector(".content-article .meta time")!.GetAttribute("datetime"));
        var leader = page.QuerySelector(".contacts .contact")!.TextContent;
        Assert.All(["Eeva-Liisa Kemppainen", "hankevetäjä", "Elävä Kainuu LEADER ry", "040 774 2080"],
            fact => Assert.Contains(fact, leader, StringComparison.Ordinal));
        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("2020-03-31", json.RootElement.GetProperty("datePublished").GetString());
    }

    [Fact]
    public async Task Demo_stories_publication_links_its_printable_whole_on_one_page_and_a_download()
    {
        using var articles = JsonDocument.Parse(await client.GetStringAsync("/green-care-keski-suomi/api/content?type=Article"));
        var url = articles.RootElement.GetProperty("items").EnumerateArray()
            .Single(a => a.GetProperty("displayText").GetString()!.StartsWith("Luontopalvelujen yrittäjätarinoita", StringComparison.Ordinal))
            .GetProperty("url").GetString()!;
        var story = await HtmlPages.GetPageAsync(client, url);
        var links = story.QuerySelectorAll(".print-links a").Select(a => a.GetAttribute("href")!).ToList();

        var printable = await HtmlPages.GetPageAsync(client, links[0]);
        var download = await client.GetAsync(links[1]);

        Assert.Equal(["Tulosta", "Lataa yhtenä tiedostona"], story.QuerySelectorAll(".print-links a").Select(a => a.TextContent));
        Assert.Equal(story.QuerySelectorAll(".content-article h2").Select(h => h.TextContent),
            printable.QuerySelectorAll("main h2").Select(h => h.TextContent));
        Assert.Null(printable.QuerySelector(".site-header, .main-nav, .site-footer"));
        Assert.Contains("@media print", printable.QuerySelector("style")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.EndsWith(".html", download.Content.Headers.ContentDisposition.FileNameStar, StringComparison.Ordinal);
        Assert.Contains(story.QuerySelector("h1")!.TextContent, await download.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Printable_page_of_an_unknown_story_or_of_another_type_is_not_found()
    {
        var unknown = await client.GetAsync("/elava-kainuu/artikkelit/ei-ole/tulostettava");
        var network = await client.GetAsync("/elava-kainuu/artikkelit/yhistykset-yhessa/tulostettava");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (unknown.StatusCode, network.StatusCode));
    }

    [Fact]
    public async Task Title_cannot_break_out_of_the_json_ld_script()
    {
        var site = await host.CreateSiteAsync(LeaderGroup);
        await AddArticleAsync(site, "Tarina</script><script>alert(1)</script>", new ArticlePart("Johdanto"));

        var html = await client.GetStringAsync($"/{site.Name}/tarina-script-script-alert-1-script");

        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        Assert.Single(new HtmlParser().ParseDocument(html).QuerySelectorAll("script[type='application/ld+json']"));
    }

    [Fact]
    public async Task Picture_without_a_description_is_refused()
    {
        var site = await host.CreateSiteAsync(LeaderGroup);

        var error = await Assert.ThrowsAsync<ContentValidationException>(() =>
            AddArticleAsync(site, "Kuvallinen", new ArticlePart(ImageUrl: "https://example.fi/kuva.jpg")));

        Assert.Equal("ImageAlt", Assert.Single(error.Errors).Field);
    }

    [Theory]
    [InlineData("?page=0")]
    [InlineData("?page=abc")]
    [InlineData("?page=999")]
    public async Task Bad_page_numbers_show_a_page_with_a_notice_not_an_error(string query)
    {
        var response = await client.GetAsync("/elava-kainuu/artikkelit" + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("filter-notice", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Story_list_is_not_served_where_the_feature_is_off()
    {
        var response = await client.GetAsync("/mansikka/artikkelit");
        var portalSite = await host.CreateSiteAsync();

        var off = await client.GetAsync($"/{portalSite.Name}/artikkelit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, off.StatusCode);
    }

    private Task AddArticleAsync(Core.Tenancy.Tenant site, string title, ArticlePart article) =>
        host.InTenantAsync(site, async content =>
        {
            var item = (await content.NewAsync("Article")).Apply(new TitlePart(title)).Apply(article).Apply(new AutoroutePart());
            await content.CreateAsync(item, publish: true);
        });
}
