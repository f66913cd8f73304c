using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Localization;

namespace Verkostoportaali.Syndication.Manifest;

/// <summary><c>GET /manifest.webmanifest</c>: the site's name, home and icons in the page's language, for "add to home screen".</summary>
public static class ManifestEndpoints
{
    public const string ContentType = "application/manifest+json; charset=utf-8";

    public static IEndpointRouteBuilder MapWebManifest(this IEndpointRouteBuilder routes)
    {
        routes.MapMethods("/manifest.webmanifest", SyndicationModule.GetAndHead, (TenantContext current, HttpContext http,
            IStringLocalizer<SyndicationModule> T) =>
        {
            var tenant = current.Tenant;
            var name = tenant.IsDefault ? T["Verkostoportaali"].Value : tenant.DisplayName;
            var home = http.Request.PathBase + "/";
            return Answers.Json(new
            {
                name,
                short_name = name.Length <= 12 ? name : name[..12].TrimEnd(),
                description = T["Rural development networks, their projects, events and service providers"].Value,
                lang = http.Language(),
                dir = "ltr",
                start_url = home,
                scope = home,
                display = "browser",
                background_color = "#ffffff",
                theme_color = "#1f5f3a",
                icons = new[]
                {
                    new { src = http.Request.PathBase + "/favicon.svg", sizes = "any", type = "image/svg+xml" },
                    new { src = http.Request.PathBase + "/icon-192.png", sizes = "192x192", type = "image/png" },
                    new { src = http.Request.PathBase + "/icon-512.png", sizes = "512x512", type = "image/png" },
                },
            }, contentType: ContentType);
        }).WithTags("Feeds");
        return routes;
    }
}
