using Microsoft.OpenApi;

namespace Verkostoportaali.Web;

/// <summary>
/// <c>GET /openapi/v1.json</c>: an OpenAPI 3.1 description of the public JSON endpoints (every module's <c>/api/…</c>),
/// made by Microsoft.AspNetCore.OpenApi from the endpoints themselves, with the licence of the data they give.
/// </summary>
internal static class PublicApiDocument
{
    public const string DocumentName = "v1";

    public static IServiceCollection AddPublicApiDocument(this IServiceCollection services, IConfiguration configuration)
    {
        var licence = configuration.GetSection("Portal:OpenData").Get<OpenDataLicence>() ?? new OpenDataLicence();
        services.AddSingleton(licence);
        return services.AddOpenApi(DocumentName, options =>
        {
            // Pages, feeds, sitemaps and the health check have endpoints too; only the JSON API is described.
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "Verkostoportaali",
                    Version = DocumentName,
                    Description = "Published content of the portal's sites: search across them, each site's items, and the sites themselves. "
                        + "Each address also works under a site's prefix (/mansikka/api/content) and a language (/sv/api/search).",
                    License = new OpenApiLicense { Name = licence.Name, Url = new Uri(licence.Url) },
                };
                return Task.CompletedTask;
            });
        });
    }

    public static IEndpointRouteBuilder MapPublicApiDocument(this IEndpointRouteBuilder routes)
    {
        routes.MapOpenApi("/openapi/{documentName}.json");
        return routes;
    }
}

/// <summary>The licence of the public data, <c>Portal:OpenData:Name</c> and <c>:Url</c>: CC BY 4.0 unless set otherwise.</summary>
public sealed record OpenDataLicence
{
    public string Name { get; init; } = "CC BY 4.0";
    public string Url { get; init; } = "https://creativecommons.org/licenses/by/4.0/";
}
