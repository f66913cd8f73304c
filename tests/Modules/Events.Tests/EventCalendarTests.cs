using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Localization;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Events.Tests;

[Collection(PortalCollection.Name)]
public sealed class EventCalendarTests(PortalHost host)
{
    // Saturday 15 June 2030, 12.00 in Finland.
    private static readonly DateTimeOffset Noon = new(2030, 6, 15, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Event_that_ended_yesterday_is_past_and_one_going_on_today_is_upcoming()
    {
        var site = await host.CreateEventSiteAsync();
        await host.AddEventAsync(site, "Eilinen", new EventPart(new DateOnly(2030, 6, 14)));
        await host.AddEventAsync(site, "Tämänpäiväinen", new EventPart(new DateOnly(2030, 6, 15)));
        await host.AddEventAsync(site, "Aamupäivän kokous", new EventPart(new DateOnly(2030, 6, 15), new TimeOnly(9, 0), new DateOnly(2030, 6, 15), new TimeOnly(11, 0)));
        await host.AddEventAsync(site, "Iltapäivän työpaja", new EventPart(new DateOnly(2030, 6, 15), new TimeOnly(14, 0)));

        var (upcoming, past) = await ListsAsync(site, new FakeClock(Noon));

        Assert.Equal(["Tämänpäiväinen", "Iltapäivän työpaja"], upcoming);
        Assert.Equal(["Aamupäivän kokous", "Eilinen"], past);
    }

    [Fact]
    public async Task All_day_event_stays_upcoming_until_midnight_in_finland()
    {
        var site = await host.CreateEventSiteAsync();
        await host.AddEventAsync(site, "Juhannus", new EventPart(new DateOnly(2030, 6, 21)));
        var clock = new FakeClock(new DateTimeOffset(2030, 6, 21, 20, 59, 0, TimeSpan.Zero));

        var beforeMidnight = await ListsAsync(site, clock);
        clock.Now = clock.Now.AddMinutes(1);
        var atMidnight = await ListsAsync(site, clock);

        Assert.Equal(["Juhannus"], beforeMidnight.Upcoming);
        Assert.Empty(beforeMidnight.Past);
        Assert.Empty(atMidnight.Upcoming);
        Assert.Equal(["Juhannus"], atMidnight.Past);
    }

    [Fact]
    public async Task Drafts_and_unpublished_events_are_in_no_list()
    {
        var site = await host.CreateEventSiteAsync();
        await host.AddEventAsync(site, "Luonnos", new EventPart(new DateOnly(2030, 7, 1)), publish: false);
        var withdrawn = await host.AddEventAsync(site, "Peruttu", new EventPart(new DateOnly(2030, 7, 2)));
        await host.InTenantAsync(site, content => content.UnpublishAsync(withdrawn.ContentItemId));

        var lists = await ListsAsync(site, new FakeClock(Noon));
        var month = await MonthAsync(site, new DateOnly(2030, 7, 1));

        Assert.Empty(lists.Upcoming);
        Assert.Empty(lists.Past);
        Assert.Empty(month);
    }

    [Fact]
    public async Task Event_spanning_two_months_is_in_both_and_not_in_the_months_around_them()
    {
        var site = await host.CreateEventSiteAsync();
        await host.AddEventAsync(site, "Vuodenvaihteen leiri", new EventPart(new DateOnly(2030, 12, 30), EndDate: new DateOnly(2031, 1, 2)));
        await host.AddEventAsync(site, "Uudenvuoden ilta", new EventPart(new DateOnly(2030, 12, 31), new TimeOnly(20, 0), new DateOnly(2031, 1, 1), new TimeOnly(0, 0)));

        var november = await MonthAsync(site, new DateOnly(2030, 11, 1));
        var december = await MonthAsync(site, new DateOnly(2030, 12, 1));
        var january = await MonthAsync(site, new DateOnly(2031, 1, 1));
        var february = await MonthAsync(site, new DateOnly(2031, 2, 1));

        Assert.Empty(november);
        Assert.Equal(["Vuodenvaihteen leiri", "Uudenvuoden ilta"], december);
        Assert.Equal(["Vuodenvaihteen leiri"], january);
        Assert.Empty(february);
    }

    [Fact]
    public async Task Upcoming_events_come_in_pages_of_twenty()
    {
        var site = await host.CreateEventSiteAsync();
        for (var day = 1; day <= EventCalendar.PageSize + 1; day++)
        {
            await host.AddEventAsync(site, $"Tapahtuma {day:00}", new EventPart(new DateOnly(2030, 7, day)));
        }

        var second = await WithCalendarAsync(site, new FakeClock(Noon), calendar => calendar.UpcomingAsync("fi", new ListPage(2, 0, null)));

        Assert.Equal(2, second.Page.Count);
        Assert.Equal(["Tapahtuma 21"], second.Items.Select(i => i.DisplayText));
    }

    [Fact]
    public async Task Lists_read_before_a_change_show_it_at_once()
    {
        var site = await host.CreateEventSiteAsync();
        var withdrawn = await host.AddEventAsync(site, "Kesäteatteri", new EventPart(new DateOnly(2030, 7, 1)));
        var before = await ListsAsync(site, new FakeClock(Noon));
        var monthBefore = await MonthAsync(site, new DateOnly(2030, 7, 1));

        await host.AddEventAsync(site, "Venetsialaiset", new EventPart(new DateOnly(2030, 7, 2)));
        await host.InTenantAsync(site, content => content.UnpublishAsync(withdrawn.ContentItemId));

        Assert.Equal(["Kesäteatteri"], before.Upcoming);
        Assert.Equal(["Kesäteatteri"], monthBefore);
        Assert.Equal(["Venetsialaiset"], (await ListsAsync(site, new FakeClock(Noon))).Upcoming);
        Assert.Equal(["Venetsialaiset"], await MonthAsync(site, new DateOnly(2030, 7, 1)));
    }

    private Task<T> WithCalendarAsync<T>(Tenant site, TimeProvider clock, Func<EventCalendar, Task<T>> use) =>
        host.InTenantAsync<IServiceProvider, T>(site, services => use(ActivatorUtilities.CreateInstance<EventCalendar>(services, clock)));

    private Task<(List<string> Upcoming, List<string> Past)> ListsAsync(Tenant site, TimeProvider clock) =>
        WithCalendarAsync(site, clock, async calendar =>
        {
            var upcoming = await calendar.UpcomingAsync("fi", new ListPage(1, 0, null));
            var past = await calendar.PastAsync("fi", new ListPage(1, 0, null));
            return (Titles(upcoming.Items), Titles(past.Items));
        });

    private Task<List<string>> MonthAsync(Tenant site, DateOnly month) =>
        WithCalendarAsync(site, TimeProvider.System, async calendar => Titles(await calendar.MonthAsync("fi", month)));

    private static List<string> Titles(IEnumerable<ContentItem> items) => [.. items.Select(i => i.DisplayText)];
}
