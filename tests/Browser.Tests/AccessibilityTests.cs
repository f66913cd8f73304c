using Verkostoportaali.Testing;
using Xunit.Abstractions;

namespace Verkostoportaali.Browser.Tests;

public sealed class AccessibilityTests(BrowserHost host, ITestOutputHelper output) : IClassFixture<BrowserHost>
{
    // Enough for every page the demo links to, with room to grow; the crawl stops there.
    private const int MaxPages = 400;

    // The demo has about 50 templates (a page of each kind of list, item and form, each site's front page); a page
    // takes over half a second to load and check, so one page of each is checked, not the 130 pages the crawl finds.
    private const int FewestTemplates = 40;

    [Fact]
    public async Task Every_public_page_of_the_demo_passes_axe_for_wcag_2_1_a_and_aa()
    {
        // Swedish and English pages are the same templates; a few of each are checked for their language markup.
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        var pages = await PublicPages.OnePerTemplateAsync(client, ["/", "/login", "/no-such-page", "/mansikka/no-such-page",
            "/sv/", "/en/", "/mansikka/sv/hankkeet", "/elava-kainuu/en/tapahtumat", "/elava-kainuu/sv/yhistykset-yhessa",
            "/koko-suomi/tapahtumat", "/koko-suomi/hankkeet", "/koko-suomi/verkostot", "/sv/koko-suomi/toimijat", "/en/?region=kainuu"], MaxPages);
        var page = await host.Browser.NewPageAsync(new() { BaseURL = host.BaseAddress.ToString() });
        var violations = new List<string>();

        foreach (var path in pages)
        {
            await page.GotoAsync(path);
            violations.AddRange(await AxeChecks.ViolationsAsync(page, path));
        }

        output.WriteLine(string.Join(Environment.NewLine, pages));
        Assert.True(pages.Count > FewestTemplates, $"The crawl found only {pages.Count} templates.");
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public async Task Search_pages_with_results_facets_pages_and_none_pass_axe()
    {
        await DemoSearchIndexes.WhenBuiltAsync(host.Services);
        var page = await host.Browser.NewPageAsync(new() { BaseURL = host.BaseAddress.ToString() });
        var violations = new List<string>();

        foreach (var path in new[] { "/search?q=verkosto&size=3", "/search?q=verkosto&type=Network", "/sv/search?q=landsbygd", "/mansikka/search?q=hanke", "/en/search?q=zzyzx" })
        {
            await page.GotoAsync(path);
            violations.AddRange(await AxeChecks.ViolationsAsync(page, path));
        }
        await page.GotoAsync("/search?q=verkosto&size=3");

        Assert.True(await page.Locator(".search-facets a").CountAsync() > 3, "The search page shows no facets: were the indexes built?");
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public async Task Axe_as_the_tests_run_it_reports_an_image_without_a_text_alternative()
    {
        var page = await host.Browser.NewPageAsync();
        await page.SetContentAsync("<!DOCTYPE html><html lang=\"fi\"><head><title>Kuva</title></head><body><main><img src=\"data:,\"></main></body></html>");

        var violations = await AxeChecks.ViolationsAsync(page, "kuva");

        Assert.Contains(violations, v => v.StartsWith("kuva: image-alt", StringComparison.Ordinal));
    }
}
