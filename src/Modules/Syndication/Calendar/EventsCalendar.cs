using System.Globalization;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.AspNetCore.Http;
using Verkostoportaali.Core;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Indexing;
using Verkostoportaali.Localization;

namespace Verkostoportaali.Syndication.Calendar;

/// <summary>What a calendar subscription chose: a region, a theme (the kind of event) and a month, each optional.</summary>
public sealed record CalendarFilter(string? Region, string? Theme, DateOnly? Month);

/// <summary>
/// Events as iCalendar (RFC 5545, written by Ical.Net, which folds lines at 75 octets and escapes text) from the search
/// indexes: a site's own, or every listed site's on the portal. Without a month, from a month ago on.
/// </summary>
public sealed class EventsCalendar(TenantContext current, IContentListing listing, TimeProvider clock)
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public string Build(CalendarFilter filter, HttpRequest request, string calendarName)
    {
        var (from, to) = filter.Month is { } month
            ? (month, month.AddMonths(1).AddDays(-1))
            : (HelsinkiTime.Today(clock).AddMonths(-1), (DateOnly?)null);
        var items = listing.List(new ListingRequest(request.HttpContext.Language(), ["Event"], ListingOrder.Soonest, filter.Region, filter.Theme,
            from, to, ListingRequest.MaxSize), listing.SitesFor(current.Tenant), listing.AbsoluteUrls(request)).Items;
        var calendar = new Ical.Net.Calendar { ProductId = "-//Verkostoportaali//Tapahtumat//FI" };
        calendar.AddProperty("X-WR-CALNAME", calendarName);
        var events = items.Select(ToEvent).OfType<CalendarEvent>().ToList();
        // Local times name their zone, which must then be described, from the earliest event on (or now, if later).
        if (events.Where(e => e.DtStart is { HasTime: true }).Select(e => (DateTime?)e.DtStart!.AsUtc).Min() is { } earliest)
        {
            var since = new[] { earliest, clock.GetUtcNow().UtcDateTime }.Min();
            calendar.AddTimeZone(VTimeZone.FromDateTimeZone(HelsinkiTime.ZoneId, since, includeHistoricalData: true));
        }
        calendar.Events.AddRange(events);
        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    private static CalendarEvent? ToEvent(ListedItem item)
    {
        if (Local(item.Values.GetValueOrDefault(SearchFieldNames.Start)) is not { } start)
        {
            return null;
        }
        var end = Local(item.Values.GetValueOrDefault(SearchFieldNames.End));
        var calendarEvent = new CalendarEvent
        {
            // The same as the site's own /events.ics: a calendar that has both sees one event.
            Uid = $"{item.ContentItemId}@{item.Tenant}",
            DtStamp = Utc(item.ModifiedUtc),
            LastModified = Utc(item.ModifiedUtc),
            Summary = item.Title,
            Description = item.Summary.Length > 0 ? item.Summary : null,
            Location = item.Values.GetValueOrDefault(SearchFieldNames.Place) ?? item.Values.GetValueOrDefault(SearchFieldNames.OnlineUrl),
            Url = Uri.TryCreate(item.Url, UriKind.Absolute, out var url) ? url : null,
        };
        if (start.Time is { } startTime)
        {
            calendarEvent.DtStart = new CalDateTime(start.Date, startTime, HelsinkiTime.ZoneId);
            calendarEvent.DtEnd = end is { Time: { } endTime } ? new CalDateTime(end.Value.Date, endTime, HelsinkiTime.ZoneId) : null;
        }
        else
        {
            // An all-day event's DTEND is the day after its last day.
            calendarEvent.DtStart = new CalDateTime(start.Date);
            calendarEvent.DtEnd = new CalDateTime((end?.Date ?? start.Date).AddDays(1));
        }
        return calendarEvent;
    }

    private static (DateOnly Date, TimeOnly? Time)? Local(string? value) =>
        value is null ? null
        : DateTime.TryParseExact(value, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? (DateOnly.FromDateTime(time), TimeOnly.FromDateTime(time))
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? (day, null) : null;

    private static CalDateTime Utc(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc), "UTC", hasTime: true);
}
