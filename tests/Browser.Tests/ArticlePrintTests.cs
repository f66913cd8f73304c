using Microsoft.Playwright;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Browser.Tests;

/// <summary>Issue 19: the Green Care stories publication (seed 000) prints as its content and as one document.</summary>
public sealed class ArticlePrintTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const string Stories = "/green-care-keski-suomi/luontopalvelujen-yrittajatarinoita-keski-suomesta-sahkoinen-julkaisu";

    [Fact]
    public async Task Printed_story_is_its_content_without_the_sites_navigation_footer_or_print_links()
    {
        var page = await host.Browser.NewPageAsync(new() { BaseURL = host.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 900 } });
        await page.GotoAsync(Stories);

        var onScreen = await ShownAsync(page);
        await page.EmulateMediaAsync(new() { Media = Microsoft.Playwright.Media.Print });
        var printed = await ShownAsync(page);

        Assert.Equal((true, true, true, true), onScreen);
        Assert.Equal((false, false, false, true), printed);
    }

    [Fact]
    public async Task Printable_page_holds_the_whole_story_with_a_print_button_and_passes_axe()
    {
        var page = await host.Browser.NewPageAsync(new() { BaseURL = host.BaseAddress.ToString() });
        await page.GotoAsync(Stories);
        var stories = await page.Locator(".content-article h2").AllTextContentsAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Tulosta", Exact = true }).ClickAsync();
        var button = page.GetByRole(AriaRole.Button, new() { Name = "Tulosta tai tallenna PDF:ksi" });
        var axe = await AxeChecks.RunAsync(page);

        Assert.EndsWith("/tulostettava", page.Url, StringComparison.Ordinal);
        Assert.True(await button.IsVisibleAsync());
        Assert.NotEmpty(stories);
        Assert.Equal(stories, await page.Locator("main h2").AllTextContentsAsync());
        Assert.Empty(axe.Violations.SelectMany(v => v.Nodes.Select(n => $"{v.Id} at {string.Join(" ", n.Target)}: {v.Help}")));
    }

    private static async Task<(bool Navigation, bool Footer, bool PrintLinks, bool Story)> ShownAsync(IPage page) => (
        await page.Locator(".main-nav").IsVisibleAsync(), await page.Locator(".site-footer").IsVisibleAsync(),
        await page.Locator(".print-links").IsVisibleAsync(), await page.Locator(".content-article h1").IsVisibleAsync());
}
