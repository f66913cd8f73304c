using AngleSharp.Html.Parser;

namespace Verkostoportaali.Testing;

/// <summary>The demo's public pages: same-site pages reachable by links from start pages, in the start pages' languages.</summary>
public static class PublicPages
{
    /// <summary>
    /// Pages linked from <paramref name="start"/>, at most <paramref name="maxPages"/>. API, feeds, admin and other
    /// languages' pages are left out, and so are links marked for download (a file, not a page), and pages that differ only in numbers (months, page numbers) share a template:
    /// two of each are enough.
    /// </summary>
    public static async Task<IReadOnlyList<string>> CrawlAsync(HttpClient client, IEnumerable<string> start, int maxPages)
    {
        var seen = new HashSet<string>(start);
        var queue = new Queue<string>(start);
        var templates = new Dictionary<string, int>();
        while (queue.TryDequeue(out var path) && seen.Count < maxPages)
        {
            var response = await client.GetAsync(path);
            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }
            var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
            foreach (var link in document.QuerySelectorAll("a[href]:not([download])").Select(a => a.GetAttribute("href")!).Select(Local).OfType<string>())
            {
                var template = string.Concat(link.Select(c => char.IsDigit(c) ? '#' : c));
                if (templates.GetValueOrDefault(template) < 2 && seen.Add(link))
                {
                    templates[template] = templates.GetValueOrDefault(template) + 1;
                    queue.Enqueue(link);
                }
            }
        }
        return [.. seen];
    }

    private static string? Local(string href)
    {
        if (!href.StartsWith('/') || href.StartsWith("//", StringComparison.Ordinal) || href is "/sv" or "/en")
        {
            return null;
        }
        var path = href.Split('#')[0];
        string[] skipped = ["/api/", "/openapi/", "/feeds/", "/sitemap", "/admin", "/logout", ".ics", "/health", "/_content/", "/css/", "/js/", "/sv/", "/en/"];
        return path.Length == 0 || skipped.Any(s => path.Contains(s, StringComparison.Ordinal)) ? null : path;
    }
}
