using System.Globalization;
using System.Xml.Linq;

namespace Verkostoportaali.Syndication.Sitemaps;

/// <summary>The sitemap protocol 0.9 (sitemaps.org): a site's urlset, with hreflang alternates as xhtml:link, and the portal's index.</summary>
public static class SitemapXml
{
    public const string ContentType = "application/xml; charset=utf-8";
    public static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    public static XDocument UrlSet(IEnumerable<SitemapPage> pages) => new(new XDeclaration("1.0", "utf-8", null),
        new XElement(Sitemap + "urlset", new XAttribute(XNamespace.Xmlns + "xhtml", Xhtml), pages.Select(Url)));

    public static XDocument Index(IEnumerable<string> sitemaps) => new(new XDeclaration("1.0", "utf-8", null),
        new XElement(Sitemap + "sitemapindex", sitemaps.Select(s => new XElement(Sitemap + "sitemap", new XElement(Sitemap + "loc", s)))));

    // The schema's order: loc, lastmod; the xhtml links come after, from their own namespace.
    private static XElement Url(SitemapPage page) => new(Sitemap + "url",
        new XElement(Sitemap + "loc", page.Url),
        page.LastModifiedUtc is { } modified
            ? new XElement(Sitemap + "lastmod", modified.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture))
            : null,
        page.Alternates.Count > 1
            ? page.Alternates.Select(a => new XElement(Xhtml + "link",
                new XAttribute("rel", "alternate"), new XAttribute("hreflang", a.Key), new XAttribute("href", a.Value)))
            : null);
}
