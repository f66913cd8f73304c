using System.Net;
using AngleSharp.Html.Parser;
using Verkostoportaali.Events;
using Verkostoportaali.Networks;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Syndication.Tests.Portal;

/// <summary>The portal's lists across sites (src/Web/Pages/Portal), built from the search indexes.</summary>
[Collection(PortalCollection.Name)]
public sealed class PortalListsTests(PortalHost host)
{
    private readonly HttpClient client = host.CreateClient();

    [Fact]
    public async Task Calendar_lists_events_of_two_sites_by_region_and_month_with_those_begun_before()
    {
        var first = await TestSites.CreateAsync(host);
        var second = await TestSites.CreateAsync(host);
        var tag = first.Name[2..];
        await host.AddEventAsync(first, "Kainuun kevät " + tag, new EventPart(new DateOnly(2033, 4, 10)), region: "kainuu");
        await host.AddEventAsync(second, "Kainuun leiri " + tag, new EventPart(new DateOnly(2033, 3, 30), EndDate: new DateOnly(2033, 4, 2)), region: "kainuu");
        await host.AddEventAsync(second, "Savon kevät " + tag, new EventPart(new DateOnly(2033, 4, 11)), region: "pohjois-savo");

        var april = await PageWhenAsync("/koko-suomi/tapahtumat?region=kainuu&month=2033-04", "Kainuun leiri " + tag, "Kainuun kevät " + tag);

        Assert.DoesNotContain("Savon kevät " + tag, april, StringComparison.Ordinal);
        Assert.Contains("feeds/events.ics?region=kainuu&amp;month=2033-04", april, StringComparison.Ordinal);
        Assert.True(april.IndexOf("Kainuun leiri " + tag, StringComparison.Ordinal) < april.IndexOf("Kainuun kevät " + tag, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Calendar_pages_through_events_merged_from_several_sites()
    {
        var sites = new[] { await TestSites.CreateAsync(host), await TestSites.CreateAsync(host) };
        var tag = sites[0].Name[2..];
        var month = new DateOnly(Random.Shared.Next(2040, 2100), Random.Shared.Next(1, 13), 1);
        var address = "/koko-suomi/tapahtumat?month=" + month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        for (var day = 1; day <= 22; day++)
        {
            await host.AddEventAsync(sites[day % 2], $"Päivä {day:00} {tag}", new EventPart(month.AddDays(day - 1)));
        }

        // The last two on the second page: all 22 are indexed.
        var secondPage = await PageWhenAsync(address + "&page=2", $"Päivä 21 {tag}", $"Päivä 22 {tag}");
        var firstPage = await client.GetStringAsync(address);

        Assert.Contains($"Päivä 20 {tag}", firstPage, StringComparison.Ordinal);
        Assert.DoesNotContain($"Päivä 21 {tag}", firstPage, StringComparison.Ordinal);
        Assert.Contains("rel=\"next\"", firstPage, StringComparison.Ordinal);
        Assert.DoesNotContain($"Päivä 20 {tag}", secondPage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/koko-suomi/tapahtumat")]
    [InlineData("/koko-suomi/hankkeet?status=ongoing&year=2030")]
    [InlineData("/koko-suomi/verkostot")]
    [InlineData("/sv/koko-suomi/toimijat?mark=LuontoHoiva")]
    [InlineData("/en/koko-suomi/tapahtumat?month=kesäkuu&region=ei-ole&page=x")]
    public async Task Portal_list_answers_with_a_labelled_filter_form(string url)
    {
        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var form = document.QuerySelector("form.portal-filters[method=get]");
        Assert.NotNull(form);
        Assert.All(form.QuerySelectorAll("select"), s => Assert.NotNull(document.QuerySelector($"label[for={s.Id}]")));
    }

    [Fact]
    public async Task Site_has_no_portal_lists()
    {
        var site = await TestSites.CreateAsync(host);

        var response = await client.GetAsync($"/{site.Name}/koko-suomi/tapahtumat");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Networks_and_providers_of_two_sites_are_listed_by_name()
    {
        var first = await TestSites.CreateAsync(host);
        var second = await TestSites.CreateAsync(host);
        var tag = first.Name[2..];
        await host.AddAsync(first, "Network", "Bverkosto " + tag, publish: true, item => item.Apply(new NetworkPart()));
        await host.AddAsync(second, "Network", "Averkosto " + tag, publish: true, item => item.Apply(new NetworkPart()));
        await host.AddAsync(first, "Provider", "Toimija " + tag, publish: true);
        await host.AddAsync(second, "Provider", "Tuottaja " + tag, publish: true);

        var networks = await PageWhenAsync("/koko-suomi/verkostot?site=" + second.Name, "Averkosto " + tag);
        var providers = await PageWhenAsync("/koko-suomi/toimijat", "Toimija " + tag, "Tuottaja " + tag);

        Assert.DoesNotContain("Bverkosto " + tag, networks, StringComparison.Ordinal);
        Assert.Contains(second.DisplayName, providers, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Portal_home_s_upcoming_events_leave_an_event_at_midnight_after_its_day_with_nothing_changed()
    {
        // Helsinki is at UTC+3 in June: 20:59 UTC is a minute to midnight there, on the event's day.
        await using var portal = new ClockedPortal(new DateTimeOffset(2031, 6, 10, 20, 59, 0, TimeSpan.Zero));
        var site = await TestSites.CreateAsync(portal.Host);
        await portal.Host.AddEventAsync(site, "Juhannustanssit", new EventPart(new DateOnly(2031, 6, 10)));
        var visitor = portal.Host.CreateClient();

        var before = await Eventually.ValueAsync(async () =>
            await visitor.GetStringAsync("/") is var home && home.Contains("Juhannustanssit", StringComparison.Ordinal) ? home : null,
            "the portal home with the event");
        portal.Clock.Now = portal.Clock.Now.AddMinutes(2);
        var after = await visitor.GetStringAsync("/");

        Assert.Contains("Juhannustanssit", before, StringComparison.Ordinal);
        Assert.DoesNotContain("Juhannustanssit", after, StringComparison.Ordinal);
    }

    private Task<string> PageWhenAsync(string url, params string[] expected) => Eventually.ValueAsync(async () =>
    {
        var text = await client.GetStringAsync(url);
        return expected.All(e => text.Contains(e, StringComparison.Ordinal)) ? text : null;
    }, $"{url} with {string.Join(", ", expected)}");
}
