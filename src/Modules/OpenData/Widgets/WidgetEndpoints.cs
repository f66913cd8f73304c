using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Verkostoportaali.OpenData.Widgets;

/// <summary>
/// <c>GET /api/widgets/events</c> and <c>/api/widgets/projects</c>: a widget's list as JSON, for the script that other
/// sites include (open data, so any site's script may read it); in the language of the address (<c>/sv/api/widgets/events</c>).
/// </summary>
public static class WidgetEndpoints
{
    public static IEndpointRouteBuilder MapWidgetApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/widgets/{kind}", Results<Ok<WidgetList>, ProblemHttpResult> (string kind, WidgetLists lists, HttpRequest request,
            int size = WidgetLists.DefaultSize) =>
            WidgetKind.OfApi(kind) is not { } widget
                ? TypedResults.Problem($"There is no widget '{kind}'; there are {string.Join(" and ", WidgetKind.All.Select(k => k.ApiName))}.",
                    statusCode: StatusCodes.Status404NotFound)
            : size is < 1 or > WidgetLists.MaxSize
                ? TypedResults.Problem($"size must be from 1 to {WidgetLists.MaxSize}.", statusCode: StatusCodes.Status400BadRequest)
            : TypedResults.Ok(lists.List(widget, size, request)))
            .WithTags("Widgets")
            .WithDescription("Upcoming events (from today, soonest first) or the latest projects of a site, or on the portal of every listed site, "
                + "with the widget's texts in the address's language.");
        return routes;
    }
}
