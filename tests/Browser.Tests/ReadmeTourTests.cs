using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Browser.Tests;

/// <summary>The README's tour, walked in Chromium as a newcomer would after the README's first command.</summary>
public sealed partial class ReadmeTourTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task Every_address_of_the_readme_tour_answers_as_the_row_says()
    {
        await DemoSearchIndexes.WhenBuiltAsync(host.Services);
        var rows = TourRows();
        var context = await host.Browser.NewContextAsync(new() { BaseURL = host.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        var signedIn = new HashSet<string>();
        var failures = new List<string>();

        foreach (var (siteRoot, path) in rows.SelectMany(row => row.Paths.Select(path => (row.SiteRoot, path))))
        {
            try
            {
                if (path.Contains("/admin", StringComparison.Ordinal) && signedIn.Add(siteRoot))
                {
                    await LogInAsAdminAsync(page, siteRoot);
                }
                failures.AddRange(await ProblemAsync(page, path) is { } problem ? [$"{path}: {problem}"] : []);
            }
            catch (Exception e) when (e is PlaywrightException or LoginFailedException)
            {
                failures.Add($"{path}: {e.Message}");
            }
        }

        Assert.True(rows.Count >= 15, $"The README's tour has only {rows.Count} rows: was its table found?");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    /// <summary>What is wrong with the page at the path, or null: an error status, the login form instead, or no heading.</summary>
    private static async Task<string?> ProblemAsync(IPage page, string path)
    {
        // Feeds, sitemaps, JSON and the health check are not pages: a browser would download them.
        if (path.Contains("/api/", StringComparison.Ordinal) || path.Contains("/feeds/", StringComparison.Ordinal) || path == "/health"
            || new[] { ".ics", ".xml", ".txt", ".json", ".webmanifest" }.Any(end => path.EndsWith(end, StringComparison.Ordinal)))
        {
            var answer = await page.APIRequest.GetAsync(path);
            return answer.Ok ? null : $"answered {answer.Status}";
        }
        var response = await page.GotoAsync(path);
        if (response is null || !response.Ok)
        {
            return $"answered {response?.Status}";
        }
        if (page.Url.Contains("/login", StringComparison.Ordinal) && !path.EndsWith("/login", StringComparison.Ordinal))
        {
            return $"sent to the login form at {page.Url}";
        }
        return await page.Locator("h1").CountAsync() == 0 ? "the page has no heading" : null;
    }

    private static async Task LogInAsAdminAsync(IPage page, string siteRoot)
    {
        await page.GotoAsync(siteRoot + "login");
        await page.Locator("#Input_UserName").FillAsync(BrowserHost.AdminUser);
        await page.Locator("#Input_Password").FillAsync(BrowserHost.AdminPassword);
        await BrowserLogin.SubmitAsync(page, page.Locator("form.form button[type=submit]"));
    }

    /// <summary>
    /// The tour table's rows: the address in the first column, and the addresses the second column names in backticks.
    /// Those that start with <c>/admin</c> belong to the row's site; a placeholder such as <c>{contentItemId}</c> is skipped.
    /// </summary>
    private static List<TourRow> TourRows()
    {
        var readme = File.ReadAllLines(Path.Combine(RepositoryRoot(), "README.md"));
        var rows = new List<TourRow>();
        foreach (var line in readme.SkipWhile(l => l != "## A short tour").Skip(1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal)))
        {
            if (TourLine().Match(line) is not { Success: true } match)
            {
                continue;
            }
            var address = match.Groups["path"].Value;
            var siteRoot = SiteOf().Match(address) is { Success: true } site ? site.Value : "/";
            var named = Backticked().Matches(match.Groups["text"].Value).Select(m => m.Groups[1].Value)
                .Where(p => p.StartsWith('/') && !p.Contains('{'))
                .Select(p => p.StartsWith("/admin", StringComparison.Ordinal) ? siteRoot + p[1..] : p);
            rows.Add(new TourRow(siteRoot, [address, .. named]));
        }
        return rows;
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Verkostoportaali.sln")))
        {
            folder = folder.Parent;
        }
        return folder?.FullName ?? throw new InvalidOperationException("The repository's root was not found above " + AppContext.BaseDirectory);
    }

    private sealed record TourRow(string SiteRoot, IReadOnlyList<string> Paths);

    [GeneratedRegex(@"^\| http://localhost:5000(?<path>/\S*) \| (?<text>.*) \|$")]
    private static partial Regex TourLine();

    // A demo site's prefix, e.g. "/mansikka/"; the portal's own addresses have none.
    [GeneratedRegex("^/(green-care-keski-suomi|mansikka|majakka|saarijarvi|elava-kainuu)/")]
    private static partial Regex SiteOf();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Backticked();
}
