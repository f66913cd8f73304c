using AngleSharp.Html.Parser;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Browser.Tests;

public sealed class AccessibilityTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    // Enough for every page the demo links to, with room to grow; the crawl stops there.
    private const int MaxPages = 400;

    [Fact]
    public async Task Every_public_page_of_the_demo_passes_axe_for_wcag_2_1_a_and_aa()
    {
        // Swedish and English pages are the same templates; a few of each are checked for their language markup.
        var pages = await CrawlAsync(["/", "/login", "/no-such-page", "/mansikka/no-such-page",
            "/sv/", "/en/", "/mansikka/sv/hankkeet", "/elava-kainuu/en/tapahtumat", "/elava-kainuu/sv/yhistykset-yhessa"]);
        var page = await host.Browser.NewPageAsync(new() { BaseURL = host.BaseAddress.ToString() });
        var violations = new List<string>();

        foreach (var path in pages)
        {
            await page.GotoAsync(path);
            var result = await page.RunAxe(new AxeRunOptions { RunOnly = RunOnlyOptions.Tags(AdminPages.Wcag21AA) });
            violations.AddRange(result.Violations.SelectMany(v => v.Nodes.Select(n =>
                $"{path}: {v.Id} ({v.Impact}) at {string.Join(" ", n.Target)}: {v.Help}")));
        }

        Assert.True(pages.Count > 20, $"The crawl found only {pages.Count} pages.");
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    /// <summary>Same-site pages reachable by links from the start pages; API, feeds and admin are left out.</summary>
    private async Task<IReadOnlyList<string>> CrawlAsync(IEnumerable<string> start)
    {
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        var seen = new HashSet<string>(start);
        var queue = new Queue<string>(start);
        // Pages that differ only in numbers (months, page numbers) share a template: two of each are enough.
        var templates = new Dictionary<string, int>();
        while (queue.TryDequeue(out var path) && seen.Count < MaxPages)
        {
            var response = await client.GetAsync(path);
            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }
            var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
            foreach (var link in document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).Select(Local).OfType<string>())
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
        string[] skipped = ["/api/", "/admin", "/logout", ".ics", "/health", "/_content/", "/css/", "/js/", "/sv/", "/en/"];
        return path.Length == 0 || skipped.Any(s => path.Contains(s, StringComparison.Ordinal)) ? null : path;
    }
}
