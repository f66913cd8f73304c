using Microsoft.AspNetCore.Http;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Localization;

namespace Verkostoportaali.Syndication;

/// <summary>
/// Full addresses of a site's pages in each language, as sitemaps, feeds and robots.txt must give them: on the site's
/// own host name when it has one, else on the portal's base address or the request's host.
/// </summary>
public sealed class SiteUrls(TenantLinks links)
{
    /// <summary><c>https://portaali.fi/mansikka/sv/hankkeet</c> for the path <c>/hankkeet</c> in Swedish.</summary>
    public string Url(Tenant tenant, HttpRequest request, string language, string path) =>
        $"{links.Origin(tenant, request)}{(tenant.UrlPrefix is { } prefix ? "/" + prefix : "")}{(language == PortalCultures.Default ? "" : "/" + language)}{path}";

    public string Home(Tenant tenant, HttpRequest request, string language) => Url(tenant, request, language, "/");
}
