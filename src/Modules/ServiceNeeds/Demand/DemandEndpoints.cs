using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Verkostoportaali.Localization;

namespace Verkostoportaali.ServiceNeeds.Demand;

/// <summary><c>GET /palvelutarpeet/kysynta.csv</c> and <c>.json</c>: the demand counts for spreadsheets and other systems.</summary>
public static class DemandEndpoints
{
    // Outcomes by name, so that the JSON reads without this code's enum beside it.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static IEndpointRouteBuilder MapDemandData(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/palvelutarpeet").WithTags("ServiceNeeds");
        group.MapGet("/kysynta.json", async (DemandCounts counts, HttpContext http, CancellationToken cancellationToken) =>
            TypedResults.Json(await counts.CountAsync(http.Language(), cancellationToken), Json));
        group.MapGet("/kysynta.csv", async (DemandCounts counts, HttpContext http, CancellationToken cancellationToken) =>
            TypedResults.Text(Csv(await counts.CountAsync(http.Language(), cancellationToken)), "text/csv; charset=utf-8"));
        return routes;
    }

    // Written by hand: seven columns of RFC 4180 need no library. Names are quoted, as a term's name may hold a comma.
    private static string Csv(IEnumerable<DemandRow> rows)
    {
        var csv = new StringBuilder("month,service_field,service_field_name,place,place_name,outcome,count\r\n");
        foreach (var r in rows)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{r.Month},{r.ServiceField},{Quoted(r.ServiceFieldName)},{r.Place},{Quoted(r.PlaceName)},{r.Outcome},{r.Count}\r\n");
        }
        return csv.ToString();
    }

    private static string Quoted(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
