using System.Text;
using Ical.Net.CalendarComponents;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Events.Tests.Feeds;

[Collection(PortalCollection.Name)]
public sealed class CalendarFeedTests(PortalHost host)
{
    private readonly HttpClient client = host.CreateClient();

    [Fact]
    public async Task Feed_is_utf8_icalendar_with_version_product_crlf_lines_and_folding_within_75_octets()
    {
        var site = await host.CreateEventSiteAsync();
        await host.AddEventAsync(site, "Hyvin pitkän nimen tapahtuma, jossa on ääkkösiä ja paljon sanoja peräkkäin, jotta rivi taittuu",
            new EventPart(new DateOnly(2030, 6, 15), new TimeOnly(10, 0)));

        var response = await client.GetAsync($"/{site.Name}/events.ics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.EndsWith("END:VCALENDAR\r\n", text, StringComparison.Ordinal);
        var lines = text.Split("\r\n");
        Assert.Contains("VERSION:2.0", lines);
        Assert.Contains(lines, l => l.StartsWith("PRODID:", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains('\n') || l.Contains('\r'));
        Assert.All(lines, l => Assert.InRange(Encoding.UTF8.GetByteCount(l), 0, 75));
        Assert.Contains(lines, l => l.StartsWith(' '));
    }

    [Fact]
    public async Task Timed_events_keep_their_finnish_local_times_with_the_zone_in_summer_and_winter()
    {
        var site = await host.CreateEventSiteAsync();
        var summer = await host.AddEventAsync(site, "Kesäilta",
            new EventPart(new DateOnly(2030, 6, 15), new TimeOnly(18, 0), new DateOnly(2030, 6, 15), new TimeOnly(21, 30)));
        var winter = await host.AddEventAsync(site, "Talvipäivä",
            new EventPart(new DateOnly(2031, 1, 15), new TimeOnly(10, 0), new DateOnly(2031, 1, 15), new TimeOnly(14, 0)));

        var (calendar, text) = await FeedAsync(site);

        var summerEvent = Single(calendar, summer.ContentItemId, site);
        var winterEvent = Single(calendar, winter.ContentItemId, site);
        Assert.Equal("Europe/Helsinki", summerEvent.DtStart!.TzId);
        Assert.Equal(new DateTime(2030, 6, 15, 15, 0, 0, DateTimeKind.Utc), summerEvent.DtStart.AsUtc);
        Assert.Equal(new DateTime(2030, 6, 15, 18, 30, 0, DateTimeKind.Utc), summerEvent.DtEnd!.AsUtc);
        Assert.Equal(new DateTime(2031, 1, 15, 8, 0, 0, DateTimeKind.Utc), winterEvent.DtStart!.AsUtc);
        Assert.Contains("DTSTART;TZID=Europe/Helsinki:20300615T180000\r\n", text, StringComparison.Ordinal);
        Assert.Equal("Europe/Helsinki", Assert.Single(calendar.TimeZones).TzId);
    }

    [Fact]
    public async Task All_day_event_is_a_date_with_the_day_after_as_its_exclusive_end()
    {
        var site = await host.CreateEventSiteAsync();
        var item = await host.AddEventAsync(site, "Leiri", new EventPart(new DateOnly(2030, 7, 1), EndDate: new DateOnly(2030, 7, 3)));

        var (calendar, text) = await FeedAsync(site);

        var camp = Single(calendar, item.ContentItemId, site);
        Assert.True(camp.IsAllDay);
        Assert.Equal(new DateOnly(2030, 7, 4), camp.DtEnd!.Date);
        Assert.Contains("DTSTART;VALUE=DATE:20300701\r\n", text, StringComparison.Ordinal);
        Assert.Empty(calendar.TimeZones);
    }

    [Fact]
    public async Task Event_carries_its_title_plain_text_description_place_page_and_organiser()
    {
        var site = await host.CreateEventSiteAsync();
        var network = await host.AddNetworkAsync(site, "Kylien verkosto");
        var item = await host.AddEventAsync(site, "Kyläilta",
            new EventPart(new DateOnly(2030, 8, 1), PlaceName: "Seurantalo", Address: "Kylätie 1", OrganiserId: network.ContentItemId));

        var (calendar, _) = await FeedAsync(site);

        var evening = Single(calendar, item.ContentItemId, site);
        Assert.Equal("Kyläilta", evening.Summary);
        Assert.Equal("Kyläilta: tervetuloa mukaan!", evening.Description);
        Assert.Equal("Seurantalo, Kylätie 1", evening.Location);
        Assert.Equal($"http://localhost/{site.Name}/kylailta", evening.Url!.AbsoluteUri);
        Assert.Equal("Kylien verkosto", evening.Organizer!.CommonName);
        Assert.Equal($"http://localhost/{site.Name}/kylien-verkosto", evening.Organizer.DirectoryEntry!.AbsoluteUri);
    }

    [Fact]
    public async Task Feed_lists_only_published_events_of_its_own_tenant()
    {
        var site = await host.CreateEventSiteAsync();
        var other = await host.CreateEventSiteAsync();
        var published = await host.AddEventAsync(site, "Julkaistu", new EventPart(new DateOnly(2030, 9, 1)));
        await host.AddEventAsync(site, "Luonnos", new EventPart(new DateOnly(2030, 9, 2)), publish: false);
        await host.AddEventAsync(other, "Toisen sivuston", new EventPart(new DateOnly(2030, 9, 3)));

        var (calendar, _) = await FeedAsync(site);

        Assert.Equal([$"{published.ContentItemId}@{site.Name}"], calendar.Events.Select(e => e.Uid));
    }

    [Fact]
    public async Task Uid_stays_the_same_when_the_event_is_edited()
    {
        var site = await host.CreateEventSiteAsync();
        var item = await host.AddEventAsync(site, "Kokous", new EventPart(new DateOnly(2030, 10, 1)));
        var (before, _) = await FeedAsync(site);
        await host.InTenantAsync(site, async content =>
        {
            await content.UpdateDraftAsync(item.ContentItemId, draft => draft.Apply(new EventPart(new DateOnly(2030, 10, 2))));
            await content.PublishAsync(item.ContentItemId);
        });

        var (after, _) = await FeedAsync(site);

        Assert.Equal(Assert.Single(before.Events).Uid, Assert.Single(after.Events).Uid);
        Assert.Equal(new DateOnly(2030, 10, 2), after.Events.Single().DtStart!.Date);
    }

    private async Task<(Ical.Net.Calendar Calendar, string Text)> FeedAsync(Tenant site)
    {
        var text = await client.GetStringAsync($"/{site.Name}/events.ics");
        return (Ical.Net.Calendar.Load(text)!, text);
    }

    private static CalendarEvent Single(Ical.Net.Calendar calendar, string contentItemId, Tenant site) =>
        Assert.Single(calendar.Events, e => e.Uid == $"{contentItemId}@{site.Name}");
}
