using Verkostoportaali.Core;
using System.Globalization;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Memory;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Data;

namespace Verkostoportaali.Events.Feeds;

/// <summary>
/// A tenant's published events as one iCalendar (RFC 5545) document, for calendar apps to subscribe to. The document
/// holds every event, so it is made once for each version of the site's data and of the registry (its name), address
/// and day (its time zone's history starts at the earliest event or today), not on every request.
/// </summary>
public sealed class CalendarFeed(EventCalendar calendar, EventDetails details, TenantContext tenant, TimeProvider clock,
    TenantChanges changes, IMemoryCache cache)
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public async Task<string> BuildAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var key = (typeof(CalendarFeed), culture, changes.Registry, TenantLinks.Absolute(request, request.PathBase),
            DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        return await cache.GetOrMakeAsync(changes, tenant.Tenant.Name, key, () => MakeAsync(request, culture, cancellationToken));
    }

    private async Task<string> MakeAsync(HttpRequest request, string culture, CancellationToken cancellationToken)
    {
        var items = await calendar.AllAsync(culture, cancellationToken);
        var views = await details.ForAsync(items, cancellationToken);
        var feed = new Ical.Net.Calendar { ProductId = "-//Verkostoportaali//Tapahtumat//FI" };
        feed.AddProperty("X-WR-CALNAME", tenant.Tenant.DisplayName);
        // Local times name their zone, which must then be described, with its history back to the earliest event.
        // Ical.Net describes the zone from that date up to now, so a date still to come is taken as now.
        if (views.Where(v => !v.Span.AllDay).Select(v => (DateTime?)v.Span.StartUtc).Min() is { } earliest)
        {
            var since = new[] { earliest, clock.GetUtcNow().UtcDateTime }.Min();
            feed.AddTimeZone(VTimeZone.FromDateTimeZone(HelsinkiTime.ZoneId, since, includeHistoricalData: true));
        }
        foreach (var view in views)
        {
            feed.Events.Add(ToEvent(view, request));
        }
        return new CalendarSerializer().SerializeToString(feed)!;
    }

    private CalendarEvent ToEvent(EventView view, HttpRequest request)
    {
        var part = view.Event;
        var calendarEvent = new CalendarEvent
        {
            // Stable across requests and host names, and unique: item ids are unique in a tenant, tenant names in the portal.
            Uid = $"{view.Item.ContentItemId}@{tenant.Tenant.Name}",
            DtStamp = Utc(view.Item.ModifiedUtc),
            LastModified = Utc(view.Item.ModifiedUtc),
            Summary = view.Item.DisplayText,
            Description = view.Html is { } html ? PlainText.FromHtml(html) : null,
            Location = view.Place.Count > 0 ? string.Join(", ", view.Place) : part.OnlineUrl,
            Url = ContentDisplay.AbsoluteUrlOf(view.Item, request),
        };
        if (part.StartTime is { } startTime)
        {
            calendarEvent.DtStart = new CalDateTime(part.StartDate, startTime, HelsinkiTime.ZoneId);
            calendarEvent.DtEnd = part.EndTime is { } endTime ? new CalDateTime(part.EndDate ?? part.StartDate, endTime, HelsinkiTime.ZoneId) : null;
        }
        else
        {
            // An all-day event's DTEND is the day after its last day.
            calendarEvent.DtStart = new CalDateTime(part.StartDate);
            calendarEvent.DtEnd = new CalDateTime(view.Span.LastDay.AddDays(1));
        }
        if (view.Organiser is { } organiser && ContentDisplay.AbsoluteUrlOf(organiser, request) is { } organiserUrl)
        {
            // A calendar address may be any URI; the organiser's page is the one we may publish (a person's e-mail is not).
            calendarEvent.Organizer = new Organizer { CommonName = organiser.DisplayText, DirectoryEntry = organiserUrl, Value = organiserUrl };
        }
        return calendarEvent;
    }

    private static CalDateTime Utc(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc), "UTC", hasTime: true);
}
