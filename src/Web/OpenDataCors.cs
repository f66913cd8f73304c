namespace Verkostoportaali.Web;

/// <summary>
/// Lets other sites' scripts read the open data (the JSON API, feeds and the OpenAPI document) with GET, as issue 21
/// asks of an open data API. Pages and forms stay same-origin; no credentials are allowed, so a script elsewhere
/// never reads what a logged-in user would see.
/// </summary>
internal static class OpenDataCors
{
    private const string Policy = "OpenData";

    public static IServiceCollection AddOpenDataCors(this IServiceCollection services) =>
        services.AddCors(options => options.AddPolicy(Policy, policy => policy.AllowAnyOrigin().WithMethods("GET", "HEAD")
            .WithHeaders("If-None-Match").WithExposedHeaders("ETag")));

    /// <summary>
    /// The open data's CORS and its rate limit (<see cref="OpenDataRateLimit"/>). After the tenant and language segments
    /// moved into the path base, so that <c>/mansikka/sv/api/…</c> is open data too; before the output cache, which then
    /// keeps the CORS headers with an answer, and whose answers the limit counts.
    /// </summary>
    public static IApplicationBuilder UseOpenData(this IApplicationBuilder app) =>
        app.UseWhen(context => IsOpenData(context.Request.Path), branch => branch.UseCors(Policy).UseOpenDataRateLimit());

    internal static bool IsOpenData(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/feeds") || path.StartsWithSegments("/openapi");
}
