using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Verkostoportaali.Events.Feeds;

/// <summary><c>GET /events.ics</c>: the tenant's events as iCalendar.</summary>
public static class FeedEndpoints
{
    public static IEndpointRouteBuilder MapEventFeeds(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/events.ics", async (CalendarFeed feed, HttpRequest request, CancellationToken cancellationToken) =>
            TypedResults.Text(await feed.BuildAsync(request, cancellationToken), CalendarFeed.ContentType)).WithTags("Events");
        return routes;
    }
}
