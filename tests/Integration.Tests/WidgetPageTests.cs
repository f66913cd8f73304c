using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Parser;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Integration.Tests;

/// <summary>The widgets other sites embed: the frame pages, their JSON for the script, and the page with the code to copy.</summary>
[Collection(PortalCollection.Name)]
public sealed class WidgetPageTests(PortalHost host) : IAsyncLifetime
{
    private readonly HttpClient client = host.CreateClient();

    public Task InitializeAsync() => DemoSearchIndexes.WhenBuiltAsync(host.Services);

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("/mansikka/upotus/hankkeet", "fi", "Uusimmat hankkeet")]
    [InlineData("/mansikka/sv/upotus/hankkeet", "sv", "Senaste projekten")]
    [InlineData("/elava-kainuu/en/upotus/tapahtumat", "en", "Upcoming events")]
    [InlineData("/upotus/tapahtumat", "fi", "Tulevat tapahtumat")]
    public async Task Widget_page_may_be_framed_by_any_site_and_speaks_its_language(string path, string language, string heading)
    {
        var response = await client.GetAsync(path);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.EndsWith("frame-ancestors *", Assert.Single(response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("X-Frame-Options"));
        Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(heading, page.QuerySelector("h1")!.TextContent);
        Assert.StartsWith(heading, page.Title, StringComparison.Ordinal);
        Assert.All(page.QuerySelectorAll("main a"), link =>
        {
            Assert.Equal("_blank", link.GetAttribute("target"));
            Assert.Contains("noopener", link.GetAttribute("rel"), StringComparison.Ordinal);
            Assert.NotNull(link.QuerySelector(".vp-hidden"));
        });
    }

    [Fact]
    public async Task Portal_widget_page_lists_the_latest_projects_of_every_site_with_their_sites_and_full_addresses()
    {
        var page = await HtmlPages.GetPageAsync(client, "/upotus/hankkeet?size=3");

        Assert.Equal(3, page.QuerySelectorAll("main li").Length);
        Assert.All(page.QuerySelectorAll("main li"), item =>
        {
            Assert.StartsWith("http://localhost/", item.QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(item.QuerySelector(".vp-meta")?.TextContent));
        });
    }

    [Fact]
    public async Task Widget_page_is_in_the_sites_accent_colour_and_says_when_there_is_nothing_to_list()
    {
        var site = await host.CreateSiteAsync("""
            { "name": "t", "steps": [ { "name": "Features", "enable": ["OpenData"] },
                { "name": "Settings", "sections": { "ThemeSettings": { "accentColor": "#7a1f4b" } } } ] }
            """);

        var page = await HtmlPages.GetPageAsync(client, $"/{site.Name}/upotus/tapahtumat");

        Assert.Equal("--accent: #7a1f4b", page.Body!.GetAttribute("style"));
        Assert.Equal("Ei tulevia tapahtumia.", page.QuerySelector("main p")!.TextContent);
    }

    [Theory]
    [InlineData("/mansikka/upotus/ei-tallaista")]
    [InlineData("/mansikka/api/widgets/nothing")]
    public async Task Unknown_widget_is_not_found(string path)
    {
        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Widget_json_gives_the_script_its_texts_and_full_addresses_and_is_open_to_other_sites()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/mansikka/sv/api/widgets/projects?size=2");
        request.Headers.Add("Origin", "https://kyla.example");

        var response = await client.SendAsync(request);
        var list = await response.Content.ReadFromJsonAsync<WidgetJson>();

        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Equal("sv", list!.Language);
        Assert.Equal("Senaste projekten", list.Title);
        Assert.Equal("http://localhost/mansikka/sv/hankkeet", list.AllUrl);
        Assert.All(list.Items, item => Assert.StartsWith("http://localhost/mansikka/", item.Url, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Widget_json_of_the_portal_names_each_items_site()
    {
        var list = await client.GetFromJsonAsync<WidgetJson>("/api/widgets/projects?size=2");

        Assert.Equal(2, list!.Items.Count);
        Assert.All(list.Items, item => Assert.False(string.IsNullOrWhiteSpace(item.Site)));
    }

    [Theory]
    [InlineData("/mansikka/upotus", "Upotettavat listat")]
    [InlineData("/mansikka/en/upotus", "Lists to embed")]
    public async Task Embed_page_shows_the_code_of_each_widget_and_is_not_framed(string path, string heading)
    {
        var response = await client.GetAsync(path);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(heading, page.QuerySelector("h1")!.TextContent);
        Assert.Contains(page.QuerySelectorAll("pre code"), code => code.TextContent.Contains("<iframe src=\"http://localhost/mansikka", StringComparison.Ordinal));
        Assert.Contains(page.QuerySelectorAll("pre code"), code => code.TextContent.Contains("data-verkostoportaali-widget=\"http://localhost/mansikka", StringComparison.Ordinal));
        Assert.EndsWith("frame-ancestors 'none'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    private sealed record WidgetJson(string Language, string Title, string AllText, string AllUrl, IReadOnlyList<WidgetItemJson> Items);

    private sealed record WidgetItemJson(string Title, string Url, string? When, string? Site);
}
