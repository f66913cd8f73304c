using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Events.Tests.Pages;

[Collection(PortalCollection.Name)]
public sealed class IndexTests(PortalHost host)
{
    private readonly HttpClient client = host.CreateClient();

    [Fact]
    public async Task Upcoming_list_shows_coming_events_soonest_first_and_past_list_the_rest()
    {
        var site = await host.CreateEventSiteAsync();
        await host.AddEventAsync(site, "Syystapahtuma", new EventPart(TestEvents.DaysFromToday(60)));
        await host.AddEventAsync(site, "Kesätapahtuma", new EventPart(TestEvents.DaysFromToday(30)));
        await host.AddEventAsync(site, "Kevättapahtuma", new EventPart(TestEvents.DaysFromToday(-30)));

        var upcoming = await GetAsync($"/{site.Name}/tapahtumat");
        var past = await GetAsync($"/{site.Name}/tapahtumat?time=past");

        Assert.Equal(["Kesätapahtuma", "Syystapahtuma"], Titles(upcoming));
        Assert.Equal(["Kevättapahtuma"], Titles(past));
        Assert.Equal("Menneet tapahtumat", past.QuerySelector("h2")!.TextContent);
    }

    [Fact]
    public async Task Summary_shows_the_weekday_date_and_time_and_links_to_the_event()
    {
        var site = await host.CreateEventSiteAsync();
        var day = TestEvents.DaysFromToday(10);
        await host.AddEventAsync(site, "Työpaja", new EventPart(day, new TimeOnly(10, 0), day, new TimeOnly(15, 0), "Kylätalo"));

        var page = await GetAsync($"/{site.Name}/tapahtumat");

        var summary = page.QuerySelector(".event-summary")!;
        Assert.Equal($"/{site.Name}/tyopaja", summary.QuerySelector("h3 a")!.GetAttribute("href"));
        Assert.Equal(EventWhen.Short(new EventPart(day, new TimeOnly(10, 0), day, new TimeOnly(15, 0)), new("fi-FI")),
            summary.QuerySelector("time")!.TextContent);
        Assert.EndsWith(" klo 10–15", summary.QuerySelector("time")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Kylätalo", summary.QuerySelector(".event-where")!.TextContent);
    }

    [Fact]
    public async Task Page_has_one_h1_then_h2_and_names_the_current_view()
    {
        var site = await host.CreateEventSiteAsync();

        var page = await GetAsync($"/{site.Name}/tapahtumat");

        Assert.Equal("Tapahtumat", Assert.Single(page.QuerySelectorAll("h1")).TextContent);
        Assert.Equal("Tulevat tapahtumat", page.QuerySelector("h2")!.TextContent);
        Assert.Equal("Tulevat tapahtumat", page.QuerySelector("nav.event-views a[aria-current=page]")!.TextContent);
        Assert.Equal($"/{site.Name}/events.ics", page.QuerySelector("a[type='text/calendar']")!.GetAttribute("href"));
        Assert.Equal("Tulevia tapahtumia ei ole.", page.QuerySelector("main p")!.TextContent);
    }

    [Fact]
    public async Task Unknown_view_is_not_found()
    {
        var site = await host.CreateEventSiteAsync();

        var response = await client.GetAsync($"/{site.Name}/tapahtumat?time=huomenna");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("2", "Sivua 2 ei ole; näytetään viimeinen sivu.")]
    [InlineData("0", "Sivua ”0” ei ole; näytetään ensimmäinen sivu.")]
    [InlineData("kaksi", "Sivua ”kaksi” ei ole; näytetään ensimmäinen sivu.")]
    [InlineData("99999999999", "Sivua ”99999999999” ei ole; näytetään ensimmäinen sivu.")]
    public async Task Page_that_does_not_exist_shows_a_page_that_does_with_a_notice(string page, string notice)
    {
        var site = await host.CreateEventSiteAsync();
        await host.AddEventAsync(site, "Kesätapahtuma", new EventPart(TestEvents.DaysFromToday(30)));

        var shown = await GetAsync($"/{site.Name}/tapahtumat?page={page}");

        Assert.Equal(notice, shown.QuerySelector("p.filter-notice")!.TextContent.Trim());
        Assert.Equal(["Kesätapahtuma"], Titles(shown));
    }

    [Fact]
    public async Task Site_without_the_events_feature_has_no_event_pages_nor_feed()
    {
        var site = await host.CreateSiteAsync();

        var list = await client.GetAsync($"/{site.Name}/tapahtumat");
        var month = await client.GetAsync($"/{site.Name}/tapahtumat/kuukausi/2030/6");
        var feed = await client.GetAsync($"/{site.Name}/events.ics");

        Assert.All(new[] { list, month, feed }, response => Assert.Equal(HttpStatusCode.NotFound, response.StatusCode));
    }

    private async Task<IHtmlDocument> GetAsync(string url) => new HtmlParser().ParseDocument(await client.GetStringAsync(url));

    private static List<string> Titles(IHtmlDocument page) => [.. page.QuerySelectorAll(".event-summary h3").Select(h => h.TextContent)];
}
