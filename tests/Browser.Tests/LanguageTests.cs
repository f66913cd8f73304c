using Microsoft.Playwright;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Browser.Tests;

/// <summary>Languages as Chromium sees them: the lang of the page and of its parts, and the language switcher.</summary>
public sealed class LanguageTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const string FinnishItem = "/majakka/yhta-koytta-kylien-hyvinvoinnin-monipalvelupisteet-lansi-pohjassa";
    private const string SwedishItem = "/majakka/sv/yhta-koytta-multiservicepunkter-for-valmaende-i-byarna-i-lansi-pohja";

    [Fact]
    public async Task Switching_to_swedish_on_an_item_opens_its_swedish_variant_in_swedish()
    {
        var page = await OpenAsync(FinnishItem);

        await page.Locator(".languages").GetByRole(AriaRole.Link, new() { Name = "På svenska" }).ClickAsync();

        Assert.EndsWith(SwedishItem, page.Url, StringComparison.Ordinal);
        Assert.Equal("sv", await page.EvaluateAsync<string>("document.documentElement.lang"));
        Assert.Equal("sv", await LangOfAsync(page, "h1"));
        Assert.StartsWith("YHTÄ KÖYTTÄ – multiservicepunkter", await page.Locator("h1").TextContentAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/sv/")]
    [InlineData("/en/")]
    [InlineData("/mansikka/sv/")]
    [InlineData("/mansikka/en/hankkeet")]
    [InlineData("/elava-kainuu/sv/tapahtumat")]
    [InlineData(SwedishItem)]
    public async Task Swedish_and_english_pages_show_no_finnish_ui_text_and_say_their_language(string path)
    {
        var (language, searchLabel) = path.Contains("/en/", StringComparison.Ordinal) ? ("en", "Search") : ("sv", "Sök");

        var page = await OpenAsync(path);

        Assert.Equal(language, await page.EvaluateAsync<string>("document.documentElement.lang"));
        Assert.Empty(FinnishLeftovers.In(await page.ContentAsync()));
        Assert.Equal(searchLabel, await page.Locator("label[for=site-search-q]").TextContentAsync());
    }

    [Fact]
    public async Task Untranslated_item_on_a_swedish_page_keeps_its_finnish_text_marked_finnish()
    {
        var page = await OpenAsync("/mansikka/sv/osallisuudella-uusia-palveluratkaisuja-ja-hyvinvointia-pohjois-savoon");

        Assert.Equal("sv", await page.EvaluateAsync<string>("document.documentElement.lang"));
        Assert.Equal("fi", await LangOfAsync(page, "h1"));
        Assert.Equal("sv", await LangOfAsync(page, ".notice"));
    }

    private async Task<IPage> OpenAsync(string path)
    {
        var page = await host.Browser.NewPageAsync(new() { BaseURL = host.BaseAddress.ToString() });
        await page.GotoAsync(path);
        return page;
    }

    // The language Chromium gives an element: the lang of its nearest ancestor that has one.
    private static Task<string> LangOfAsync(IPage page, string selector) =>
        page.Locator(selector).First.EvaluateAsync<string>("e => e.closest('[lang]').lang");
}
