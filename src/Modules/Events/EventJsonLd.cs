using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Verkostoportaali.Contents;

namespace Verkostoportaali.Events;

/// <summary>The event as schema.org JSON-LD for search engines, safe to write inside a script element.</summary>
public static class EventJsonLd
{
    public static string For(EventView view, Uri pageUrl, Uri? organiserUrl)
    {
        var json = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Event",
            ["name"] = view.Item.DisplayText,
            ["startDate"] = view.Event.IsAllDay ? Date(view.Span.FirstDay) : EventWhen.Iso(view.Span.StartUtc),
            ["eventAttendanceMode"] = $"https://schema.org/{view.Attendance}EventAttendanceMode",
            ["url"] = pageUrl.AbsoluteUri,
        };
        if (EndDate(view) is { } end)
        {
            json["endDate"] = end;
        }
        if (Location(view) is { } location)
        {
            json["location"] = location;
        }
        if (view.Organiser is { } organiser)
        {
            json["organizer"] = Without(new JsonObject
            {
                ["@type"] = "Organization",
                ["name"] = organiser.DisplayText,
                ["url"] = organiserUrl?.AbsoluteUri,
            });
        }
        if (view.Html is { } html && PlainText.FromHtml(html) is { Length: > 0 } description)
        {
            json["description"] = description;
        }
        return JsonSerializer.Serialize(json, JsonLd.Options);
    }

    // schema.org reads a date-only end as the last day (inclusive), unlike iCalendar.
    private static string? EndDate(EventView view) => view.Event switch
    {
        { IsAllDay: true } => Date(view.Span.LastDay),
        { EndTime: not null } => EventWhen.Iso(view.Span.EndUtc),
        _ => null,
    };

    private static JsonNode? Location(EventView view)
    {
        var place = view.Place.Count == 0 ? null : Without(new JsonObject
        {
            ["@type"] = "Place",
            ["name"] = view.Event.PlaceName ?? view.Municipality ?? view.Event.Address,
            ["address"] = Without(new JsonObject
            {
                ["@type"] = "PostalAddress",
                ["streetAddress"] = view.Event.Address,
                ["addressLocality"] = view.Municipality,
                ["addressCountry"] = "FI",
            }),
        });
        var online = view.Event.OnlineUrl is { } url ? new JsonObject { ["@type"] = "VirtualLocation", ["url"] = url } : null;
        return (place, online) switch
        {
            ({ }, { }) => new JsonArray(place, online),
            _ => place ?? online,
        };
    }

    private static JsonObject Without(JsonObject json)
    {
        foreach (var key in json.Where(p => p.Value is null).Select(p => p.Key).ToList())
        {
            json.Remove(key);
        }
        return json;
    }

    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
