using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Syndication.Calendar;

/// <summary>
/// <c>GET /feeds/events.ics?region=…&amp;type=…&amp;month=2030-06</c>: a site's events, or on the portal every listed
/// site's, as a calendar to subscribe to; <c>type</c> is a theme term, the kind of event.
/// </summary>
public static class CalendarEndpoints
{
    public static IEndpointRouteBuilder MapEventsCalendar(this IEndpointRouteBuilder routes)
    {
        routes.MapMethods("/feeds/events.ics", SyndicationModule.GetAndHead, (EventsCalendar calendar, HttpRequest request, TenantContext tenant,
            IStringLocalizer<SyndicationModule> T, [FromQuery] string? region, [FromQuery] string? type, [FromQuery] string? month) =>
        {
            DateOnly? first = null;
            if (month is not null)
            {
                if (!DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                {
                    return Results.BadRequest();
                }
                first = day;
            }
            var name = tenant.Tenant.IsDefault ? T["Verkostoportaali: events"].Value : T["{0}: events", tenant.Tenant.DisplayName].Value;
            return Answers.Text(calendar.Build(new CalendarFilter(region, type, first), request, name), EventsCalendar.ContentType);
        }).WithTags("Feeds");
        return routes;
    }
}
