using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Indexing;
using Verkostoportaali.Localization;

namespace Verkostoportaali.Syndication.Sitemaps;

/// <summary>
/// <c>GET /sitemap.xml</c>: a site's pages; on the portal, the index of its own pages (<c>/sitemap-pages.xml</c>) and
/// every listed site's sitemap. <c>GET /robots.txt</c> points crawlers there and away from the admin and the forms.
/// </summary>
public static class SitemapEndpoints
{
    public static IEndpointRouteBuilder MapSitemaps(this IEndpointRouteBuilder routes)
    {
        routes.MapMethods("/sitemap.xml", SyndicationModule.GetAndHead, async (TenantContext current, IContentListing listing, SitemapPages pages,
            SiteUrls urls, HttpRequest request, CancellationToken cancellationToken) => current.Tenant.IsDefault
                ? Answers.Xml(SitemapXml.Index(SitemapsOf(current.Tenant, listing, urls, request)), SitemapXml.ContentType)
                : Answers.Xml(SitemapXml.UrlSet(await pages.ListAsync(request, cancellationToken)), SitemapXml.ContentType));
        routes.MapMethods("/sitemap-pages.xml", SyndicationModule.GetAndHead, async (SitemapPages pages, HttpRequest request,
            CancellationToken cancellationToken) => Answers.Xml(SitemapXml.UrlSet(await pages.ListAsync(request, cancellationToken)), SitemapXml.ContentType));
        routes.MapMethods("/robots.txt", SyndicationModule.GetAndHead, (TenantContext current, SiteUrls urls, HttpRequest request) =>
            Answers.Text(RobotsTxt.For(urls.Url(current.Tenant, request, PortalCultures.Default, "/sitemap.xml")), RobotsTxt.ContentType));
        return routes;
    }

    // Sites on a host name of their own are listed too: their robots.txt names the same sitemap, which allows it across hosts.
    private static IEnumerable<string> SitemapsOf(Tenant portal, IContentListing listing, SiteUrls urls, HttpRequest request) =>
        listing.SitesFor(portal).Where(t => !t.IsDefault && t.HasFeature(SyndicationModule.Feature))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => urls.Url(t, request, PortalCultures.Default, "/sitemap.xml"))
            .Prepend(urls.Url(portal, request, PortalCultures.Default, "/sitemap-pages.xml"));
}
