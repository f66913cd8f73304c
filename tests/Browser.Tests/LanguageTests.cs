using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Browser.Tests;

/// <summary>Languages as Chromium sees them: the lang of the page and of its parts, and the language switcher.</summary>
public sealed partial class LanguageTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const string FinnishItem = "/majakka/yhta-koytta-kylien-hyvinvoinnin-monipalvelupisteet-lansi-pohjassa";
    private const string SwedishItem = "/majakka/sv/yhta-koytta-multiservicepunkter-for-valmaende-i-byarna-i-lansi-pohja";

    [Fact]
    public async Task Switching_to_swedish_on_an_item_opens_its_swedish_variant_in_swedish()
    {
        var page = await OpenAsync(FinnishItem);

        await page.Locator(".languages").GetByRole(AriaRole.Link, new() { Name = "På svenska" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(SwedishItemAddress());

        Assert.Equal("sv", await page.EvaluateAsync<string>("document.documentElement.lang"));
        Assert.Equal("sv", await LangOfAsync(page, "h1"));
        Assert.StartsWith("YHTÄ KÖYTTÄ – multiservicepunkter", await page.Locator("h1").TextContentAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sv", "Sök")]
    [InlineData("en", "Search")]
    public async Task Homes_and_each_types_list_and_item_page_show_no_finnish_ui_text_and_say_their_language(string language, string search)
    {
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        var paths = (await DemoPages.FinnishAsync(client)).Select(p => DemoPages.In(language, p)).Concat(language == "sv" ? new[] { SwedishItem } : []);
        var page = await OpenAsync("/");
        var problems = new List<string>();

        foreach (var path in paths)
        {
            await page.GotoAsync(path);
            problems.AddRange(await ProblemsAsync(page, path, language));
            var label = await page.Locator("header label[for=site-search-q]").TextContentAsync();
            problems.AddRange(label == search ? [] : [$"{path}: the search box says {label}"]);
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("sv", "svenska", "Artikel", "Evenemang", "Nätverk")]
    [InlineData("en", "English", "Article", "Event", "Network")]
    public async Task Admin_who_chooses_swedish_or_english_gets_the_dashboard_and_content_list_in_it(string language, string name, params string[] types)
    {
        var userName = "kieli-" + Guid.NewGuid().ToString("N")[..8];
        await TenantUsers.AddAsync(host.Services, host.Services.GetRequiredService<TenantRegistry>().Find("elava-kainuu")!, userName, "Administrator");
        var page = await host.Browser.NewPageAsync(new() { BaseURL = host.BaseAddress.ToString() });
        await BrowserHost.LogInAsync(page, "/elava-kainuu/admin/tili", userName);
        var problems = new List<string>();

        await page.GetByLabel(name).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna kieli" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        foreach (var path in new[] { "/elava-kainuu/admin/sisalto", "/elava-kainuu/admin" })
        {
            await page.GotoAsync(path);
            problems.AddRange(await ProblemsAsync(page, path, language));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Equal(types, (await page.Locator("table th[scope=row]").AllTextContentsAsync()).Order(StringComparer.Ordinal));
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

    // The page's language as Chromium reads it, and the Finnish UI text it shows.
    private static async Task<IEnumerable<string>> ProblemsAsync(IPage page, string path, string language)
    {
        var lang = await page.EvaluateAsync<string>("document.documentElement.lang");
        var leftovers = FinnishLeftovers.In(await page.ContentAsync()).Select(text => $"{path}: {text}");
        return lang == language ? leftovers : leftovers.Prepend($"{path}: lang is {lang}");
    }

    // The Swedish item's path has no characters that regular expressions treat specially.
    [GeneratedRegex(SwedishItem + "$")]
    private static partial Regex SwedishItemAddress();

    // The language Chromium gives an element: the lang of its nearest ancestor that has one.
    private static Task<string> LangOfAsync(IPage page, string selector) =>
        page.Locator(selector).First.EvaluateAsync<string>("e => e.closest('[lang]').lang");
}
