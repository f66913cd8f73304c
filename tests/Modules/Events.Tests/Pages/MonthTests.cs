using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Events.Tests.Pages;

[Collection(PortalCollection.Name)]
public sealed class MonthTests(PortalHost host)
{
    private readonly HttpClient client = host.CreateClient();

    [Fact]
    public async Task December_links_to_january_of_the_next_year_and_january_back_to_december()
    {
        var site = await host.CreateEventSiteAsync();

        var december = await GetAsync($"/{site.Name}/tapahtumat/kuukausi/2030/12");
        var january = await GetAsync($"/{site.Name}/tapahtumat/kuukausi/2031/1");

        var next = december.QuerySelector("a[rel=next]")!;
        Assert.Equal($"/{site.Name}/tapahtumat/kuukausi/2031/1", next.GetAttribute("href"));
        Assert.Equal("Seuraava kuukausi: tammikuu 2031", next.TextContent);
        Assert.Equal($"/{site.Name}/tapahtumat/kuukausi/2030/12", january.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("Tapahtumat: joulukuu 2030", december.QuerySelector("h1")!.TextContent);
        Assert.StartsWith("Tapahtumat: joulukuu 2030", december.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Month_is_a_table_of_weeks_from_monday_with_each_event_on_every_day_it_lasts()
    {
        var site = await host.CreateEventSiteAsync();
        await host.AddEventAsync(site, "Vuodenvaihteen leiri", new EventPart(new DateOnly(2030, 12, 30), EndDate: new DateOnly(2031, 1, 2)));

        var december = await GetAsync($"/{site.Name}/tapahtumat/kuukausi/2030/12");

        var grid = december.QuerySelector("table.month-grid")!;
        Assert.Equal("joulukuu 2030", grid.QuerySelector("caption")!.TextContent);
        Assert.Equal(["ma", "ti", "ke", "to", "pe", "la", "su"], grid.QuerySelectorAll("thead th[scope=col]").Select(th => th.TextContent));
        Assert.Equal("maanantai", grid.QuerySelector("thead th abbr")!.GetAttribute("title"));
        var weeks = grid.QuerySelectorAll("tbody tr");
        Assert.Equal(["Viikko 48", "Viikko 49", "Viikko 50", "Viikko 51", "Viikko 52", "Viikko 1"],
            weeks.Select(w => w.QuerySelector("th[scope=row]")!.TextContent));
        Assert.Equal(6, weeks[0].QuerySelectorAll("td.other-month").Length);
        Assert.Equal("2030-12-01", weeks[0].QuerySelector("td time")!.GetAttribute("datetime"));
        Assert.Equal(["30", "31"], grid.QuerySelectorAll("td").Where(td => td.QuerySelector("li") is not null)
            .Select(td => td.QuerySelector("time")!.TextContent));
        Assert.Equal(["maanantai 30. joulukuuta 2030"], Days(december));
    }

    [Fact]
    public async Task Days_are_headings_written_out_and_an_event_over_new_year_is_in_both_months()
    {
        var site = await host.CreateEventSiteAsync();
        await host.AddEventAsync(site, "Vuodenvaihteen leiri", new EventPart(new DateOnly(2030, 12, 30), EndDate: new DateOnly(2031, 1, 2)));
        await host.AddEventAsync(site, "Loppiainen", new EventPart(new DateOnly(2031, 1, 6)));

        var december = await GetAsync($"/{site.Name}/tapahtumat/kuukausi/2030/12");
        var january = await GetAsync($"/{site.Name}/tapahtumat/kuukausi/2031/1");

        Assert.Equal(["maanantai 30. joulukuuta 2030"], Days(december));
        Assert.Equal(["keskiviikko 1. tammikuuta 2031", "maanantai 6. tammikuuta 2031"], Days(january));
        Assert.Equal("2031-01-01", january.QuerySelector("h2 time")!.GetAttribute("datetime"));
        Assert.Equal("Vuodenvaihteen leiri", january.QuerySelector("section h3")!.TextContent);
    }

    [Fact]
    public async Task A_month_read_before_shows_an_event_published_since_at_once()
    {
        var site = await host.CreateEventSiteAsync();
        await host.AddEventAsync(site, "Kevätsiivous", new EventPart(new DateOnly(2030, 4, 5)));
        var before = await GetAsync($"/{site.Name}/tapahtumat/kuukausi/2030/4");

        await host.AddEventAsync(site, "Vappujuhla", new EventPart(new DateOnly(2030, 4, 30)));
        var after = await GetAsync($"/{site.Name}/tapahtumat/kuukausi/2030/4");

        Assert.Equal(["perjantai 5. huhtikuuta 2030"], Days(before));
        Assert.Equal(["perjantai 5. huhtikuuta 2030", "tiistai 30. huhtikuuta 2030"], Days(after));
        Assert.Contains("Vappujuhla", after.QuerySelectorAll(".month-grid a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task Month_without_events_says_so()
    {
        var site = await host.CreateEventSiteAsync();

        var page = await GetAsync($"/{site.Name}/tapahtumat/kuukausi/2030/2");

        Assert.Empty(page.QuerySelectorAll("h2"));
        Assert.Contains("Ei tapahtumia: helmikuu 2030.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Month_view_without_a_month_goes_to_the_current_one()
    {
        var site = await host.CreateEventSiteAsync();
        var today = TestEvents.DaysFromToday(0);

        var response = await host.CreateClient(new() { AllowAutoRedirect = false }).GetAsync($"/{site.Name}/tapahtumat/kuukausi");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/{site.Name}/tapahtumat/kuukausi/{today.Year}/{today.Month}", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("2030/13")]
    [InlineData("2030/0")]
    [InlineData("1899/12")]
    [InlineData("2200/1")]
    [InlineData("99999999999/1")]
    [InlineData("2030/kesakuu")]
    public async Task Month_out_of_range_is_not_found_with_the_error_page(string month)
    {
        var site = await host.CreateEventSiteAsync();

        var response = await client.GetAsync($"/{site.Name}/tapahtumat/kuukausi/{month}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<IHtmlDocument> GetAsync(string url) => new HtmlParser().ParseDocument(await client.GetStringAsync(url));

    private static List<string> Days(IHtmlDocument page) => [.. page.QuerySelectorAll("h2").Select(h => h.TextContent)];
}
