using Verkostoportaali.Testing;
using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Parser;

namespace Verkostoportaali.Integration.Tests;

[Collection(PortalCollection.Name)]
public sealed class DemoPortalTests(PortalHost host)
{
    private static readonly string[] DemoTenants = ["elava-kainuu", "green-care-keski-suomi", "majakka", "mansikka", "saarijarvi"];

    private readonly HttpClient client = host.CreateClient();

    [Fact]
    public async Task Tenant_api_lists_the_five_demo_tenants_as_running()
    {
        var tenants = await client.GetFromJsonAsync<List<TenantRow>>("/api/tenants");

        Assert.NotNull(tenants);
        foreach (var name in DemoTenants)
        {
            var tenant = Assert.Single(tenants, t => t.Name == name);
            Assert.Equal("Running", tenant.State);
            Assert.Equal($"/{name}/", tenant.Url);
            Assert.False(string.IsNullOrEmpty(tenant.Region));
        }
    }

    [Fact]
    public async Task Portal_home_links_every_demo_tenant()
    {
        var html = await client.GetStringAsync("/");

        var links = new HtmlParser().ParseDocument(html).QuerySelectorAll(".tenant-list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.All(DemoTenants, name => Assert.Contains($"/{name}/", links));
    }

    [Theory]
    [InlineData("green-care-keski-suomi", "Project", "LuontoVoimaa & LuontoHoivaa Keski-Suomesta")]
    [InlineData("mansikka", "Project", "Osallisuudella uusia palveluratkaisuja ja hyvinvointia Pohjois-Savoon")]
    [InlineData("majakka", "Project", "YHTÄ KÖYTTÄ -Kylien hyvinvoinnin monipalvelupisteet Länsi-Pohjassa")]
    [InlineData("saarijarvi", "Project", "Palveleva yhteisö 2020")]
    [InlineData("elava-kainuu", "Network", "Yhistykset yhessä")]
    [InlineData("elava-kainuu", "Network", "Tiijätkö mitä?")]
    public async Task Seed_item_is_published_in_the_api_and_on_its_own_page(string tenant, string type, string titleStart)
    {
        var page = await client.GetFromJsonAsync<ContentPageRow>($"/{tenant}/api/content?type={type}");
        var item = Assert.Single(page!.Items, i => i.DisplayText.StartsWith(titleStart, StringComparison.Ordinal));

        var response = await client.GetAsync(item.Url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.StartsWith(titleStart, document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("elava-kainuu/")]
    [InlineData("green-care-keski-suomi/")]
    [InlineData("majakka/")]
    [InlineData("mansikka/")]
    [InlineData("saarijarvi/")]
    public async Task Every_home_page_answers_with_html(string path)
    {
        var response = await client.GetAsync("/" + path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("elava-kainuu", "SUMMARY:Hyvinvointipäivä", "DTSTART;VALUE=DATE:20201024")]
    [InlineData("green-care-keski-suomi", "SUMMARY:Green Care -teemapäivät 2021", "DTSTART;VALUE=DATE:20210101")]
    public async Task Demo_events_are_in_their_tenants_calendar_feed(string tenant, string summary, string start)
    {
        var feed = await client.GetStringAsync($"/{tenant}/events.ics");

        Assert.Contains(summary, feed, StringComparison.Ordinal);
        Assert.Contains(start, feed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_endpoint_reports_healthy()
    {
        var body = await client.GetStringAsync("/health");

        Assert.Equal("Healthy", body);
    }

    private sealed record TenantRow(string Name, string DisplayName, string Url, string State, string? Region);
}

public sealed record ContentPageRow(int Total, int Page, int Size, List<ContentRow> Items);

public sealed record ContentRow(string ContentItemId, string ContentType, string DisplayText, string? Url, string Culture,
    DateTime? PublishedUtc, Dictionary<string, System.Text.Json.JsonElement> Parts);
