namespace Verkostoportaali.Web;

/// <summary>
/// Sends an address with a query parameter's old Finnish name (<c>?sivu=2</c>, <c>?haku=</c>, <c>?tila=</c> …) for good to
/// the same address with its English name, the one language of query parameters, as the search API has. Links and
/// bookmarks made before the change keep working. Runs before tenant resolution, as <see cref="SingleSlashPaths"/> does.
/// </summary>
internal sealed class EnglishQueryNames(RequestDelegate next)
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sivu"] = "page",
        ["haku"] = "q",
        ["tila"] = "status",
        ["alue"] = "region",
        ["tyyppi"] = "type",
        ["palvelukentta"] = "field",
        ["merkki"] = "mark",
        ["voimassa"] = "valid",
        ["aika"] = "time",
        ["kayttaja"] = "user",
        ["toiminto"] = "action",
        ["alkaen"] = "from",
        ["asti"] = "to",
        ["verkosto"] = "network",
    };

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!request.QueryString.HasValue || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || !request.Query.Keys.Any(Names.ContainsKey))
        {
            return next(context);
        }
        var query = request.Query.SelectMany(p => p.Value.Select(v => Names.TryGetValue(p.Key, out var english)
            // The one old value with a name of its own: the events' "?aika=menneet".
            ? KeyValuePair.Create(english, english == "time" && v == "menneet" ? "past" : v)
            : KeyValuePair.Create(p.Key, v)));
        context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
        context.Response.Headers.Location = (request.PathBase + request.Path + QueryString.Create(query)).ToString();
        return Task.CompletedTask;
    }
}
