using System.Text;

namespace Verkostoportaali.Syndication.Sitemaps;

/// <summary>
/// robots.txt (RFC 9309). The same rules hold under any language or site prefix (<c>/sv/admin</c>,
/// <c>/mansikka/admin</c>), which a <c>*</c> before the path says in one line instead of one per site.
/// </summary>
public static class RobotsTxt
{
    public const string ContentType = "text/plain; charset=utf-8";

    // The admin, sign-in and account pages, join forms, the JSON API and search results (endless combinations of the
    // same content, which the sitemap lists once). Rules match by prefix, so each path ends in "$", "/" or "?": "/search"
    // alone would also close an item whose slug begins with "search".
    private static readonly string[] Closed =
        ["/admin", "/login", "/logout", "/kutsu", "/salasana-unohtui", "/salasana-uusi", "/vahvista-sahkoposti", "/api", "/search", "/liity"];

    public static string For(string sitemapUrl)
    {
        var text = new StringBuilder("User-agent: *\n");
        foreach (var path in Closed)
        {
            // "/*/admin" is the same page under a language or site prefix; "/liity" comes only after a network's slug.
            foreach (var prefix in path == "/liity" ? ["/*"] : new[] { "", "/*" })
            {
                foreach (var end in new[] { "$", "/", "?" })
                {
                    text.Append("Disallow: ").Append(prefix).Append(path).Append(end).Append('\n');
                }
            }
        }
        return text.Append("Allow: /\n\nSitemap: ").Append(sitemapUrl).Append('\n').ToString();
    }
}
