using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Verkostoportaali.Localization;

namespace Verkostoportaali.Maps.Markers;

/// <summary>
/// <c>GET /api/map?type=Provider&amp;region=kainuu&amp;field=…&amp;theme=…</c>: the map's markers as JSON, a site's own
/// or on the portal every listed site's, in the language of the address (<c>/sv/api/map</c>).
/// </summary>
public static class MapEndpoints
{
    public sealed record MapAnswer(int Total, IReadOnlyList<MapMarker> Markers);

    public static IEndpointRouteBuilder MapMarkersApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/map", (MapMarkers markers, HttpRequest request, [FromQuery] string? type, [FromQuery] string? region,
            [FromQuery] string? field, [FromQuery] string? theme) =>
        {
            if (type is not null && !MapsModule.MappedTypes.Contains(type))
            {
                return Results.BadRequest();
            }
            var found = markers.Find(new MapFilter(type, region, field, theme), request.HttpContext.Language(), request);
            return Results.Ok(new MapAnswer(found.Count, found));
        }).WithTags("Map");
        return routes;
    }
}
