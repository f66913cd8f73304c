using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Verkostoportaali.Testing;

/// <summary>The demo's public pages: same-site pages reachable by links from start pages, in the start pages' languages.</summary>
public static partial class PublicPages
{
    /// <summary>
    /// Pages linked from <paramref name="start"/>, at most <paramref name="maxPages"/>. API, feeds, admin and other
    /// languages' pages are left out, and so are links marked for download (a file, not a page), and pages that differ only in numbers (months, page numbers) share a template:
    /// two of each are enough.
    /// </summary>
    public static async Task<IReadOnlyList<string>> CrawlAsync(HttpClient client, IEnumerable<string> start, int maxPages) =>
        [.. (await CrawlPagesAsync(client, start, maxPages)).Select(page => page.Path)];

    /// <summary>
    /// The start pages and, of the rest that <see cref="CrawlAsync"/> finds, the first page by address of each template, for checks
    /// that cost seconds a page (axe). A template is the address with the site, the query and numbers left out, and
    /// for a content item its type instead of its address, together with the kinds of blocks its main element holds
    /// (so that an empty list, a list with items and an item with language links are each visited). A site's front
    /// page is its own template: it is where the site's logo, colours, intro and footer are seen.
    /// </summary>
    public static async Task<IReadOnlyList<string>> OnePerTemplateAsync(HttpClient client, IReadOnlyCollection<string> start, int maxPages)
    {
        var pages = await CrawlPagesAsync(client, start, maxPages);
        var sites = pages.Select(page => page.Document?.QuerySelector("a.site-name")?.GetAttribute("href"))
            .OfType<string>().Select(home => LanguagePrefix().Replace(home, "/")).Where(home => home != "/").ToHashSet();
        // Links come in an order that changes from run to run (pages list items by time); by address, a template has the same page every run.
        var (starts, found) = (pages.Where(page => start.Contains(page.Path)), pages.Where(page => !start.Contains(page.Path)));
        var templates = starts.Select(page => Template(page, sites)).ToHashSet();
        var firstOfTemplates = found.OrderBy(page => page.Path, StringComparer.Ordinal).Where(page => templates.Add(Template(page, sites)));
        return [.. starts.Concat(firstOfTemplates).Select(page => page.Path)];
    }

    private sealed record Page(string Path, IHtmlDocument? Document);

    // In the order found, the start pages first; a page found after the limit was reached is listed, not fetched.
    private static async Task<IReadOnlyList<Page>> CrawlPagesAsync(HttpClient client, IEnumerable<string> start, int maxPages)
    {
        var found = start.Distinct().ToList();
        var seen = found.ToHashSet();
        var queue = new Queue<string>(found);
        var documents = new Dictionary<string, IHtmlDocument>();
        var templates = new Dictionary<string, int>();
        while (queue.TryDequeue(out var path) && seen.Count < maxPages)
        {
            var response = await client.GetAsync(path);
            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }
            var document = documents[path] = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
            foreach (var link in document.QuerySelectorAll("a[href]:not([download])").Select(a => a.GetAttribute("href")!).Select(Local).OfType<string>())
            {
                var template = string.Concat(link.Select(c => char.IsDigit(c) ? '#' : c));
                if (templates.GetValueOrDefault(template) < 2 && seen.Add(link))
                {
                    found.Add(link);
                    templates[template] = templates.GetValueOrDefault(template) + 1;
                    queue.Enqueue(link);
                }
            }
        }
        return [.. found.Select(path => new Page(path, documents.GetValueOrDefault(path)))];
    }

    private static string Template(Page page, IReadOnlySet<string> sites)
    {
        var address = page.Path.Split('?')[0];
        if (sites.Contains(address))
        {
            return address;
        }
        var site = sites.FirstOrDefault(home => address.StartsWith(home, StringComparison.Ordinal));
        var shape = Digits().Replace(site is null ? address : "/{site}/" + address[site.Length..], "#");
        var item = page.Document?.QuerySelector("article.content-item")?.ClassName;
        var blocks = page.Document?.QuerySelector("main")?.Children.Select(block => $"{block.LocalName}.{block.ClassName}");
        return $"{item ?? shape} | {string.Join(",", blocks ?? [])}";
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex("/(sv|en)/$")]
    private static partial Regex LanguagePrefix();

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
