using AngleSharp.Html.Parser;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Integration.Tests;

/// <summary>"Done when" of the languages issue: Swedish and English pages show no Finnish UI text.</summary>
[Collection(PortalCollection.Name)]
public sealed class UntranslatedUiTests(PortalHost host)
{
    private readonly HttpClient client = host.CreateClient();

    public static TheoryData<string> Languages => ["sv", "en"];

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Portal_home_tenant_home_and_each_types_list_and_item_page_show_no_finnish_ui_text(string language)
    {
        var paths = (await DemoPages.FinnishAsync(client)).Select(p => DemoPages.In(language, p)).ToList();

        var leftovers = await LeftoversAsync(client, language, paths);

        Assert.True(paths.Count >= 13, string.Join(", ", paths));
        Assert.True(leftovers.Count == 0, string.Join("\n", leftovers));
    }

    [Theory]
    [InlineData("sv", "Artikel", "Evenemang", "Nätverk")]
    [InlineData("en", "Article", "Event", "Network")]
    public async Task Admin_dashboard_and_content_list_show_no_finnish_ui_text_to_an_admin_who_chose_the_language(string language, params string[] types)
    {
        var admin = await host.SignedInAsync("elava-kainuu");

        await TenantUsers.ChooseLanguageAsync(admin, "/elava-kainuu/", language);
        var leftovers = await LeftoversAsync(admin, language, ["/elava-kainuu/admin", "/elava-kainuu/admin/sisalto"]);
        var dashboard = await HtmlPages.GetPageAsync(admin, "/elava-kainuu/admin");

        Assert.True(leftovers.Count == 0, string.Join("\n", leftovers));
        Assert.Equal(types, dashboard.QuerySelectorAll("table th[scope=row]").Select(th => th.TextContent).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Admin_dashboard_and_content_list_at_the_languages_address_show_no_finnish_ui_text(string language)
    {
        var (portal, site) = (await host.SignedInAsync(TenantName.Default), await host.SignedInAsync("elava-kainuu"));

        var leftovers = (await LeftoversAsync(portal, language, [$"/{language}/admin", $"/{language}/admin/sisalto"]))
            .Concat(await LeftoversAsync(site, language, [$"/elava-kainuu/{language}/admin", $"/elava-kainuu/{language}/admin/sisalto"]))
            .ToList();

        Assert.True(leftovers.Count == 0, string.Join("\n", leftovers));
    }

    [Fact]
    public void Finnish_text_on_a_swedish_page_is_found_but_finnish_content_marked_with_its_lang_is_not()
    {
        const string Page = """
            <html lang="sv"><body><h1>Projekt</h1><p>Hankkeet</p><div lang="fi"><p>Tapahtumat</p></div></body></html>
            """;

        var leftovers = FinnishLeftovers.In(Page);

        Assert.Contains("Hankkeet", leftovers);
        Assert.DoesNotContain("Tapahtumat", leftovers);
    }

    [Fact]
    public async Task Finnish_page_passed_off_as_swedish_shows_its_finnish_ui_text()
    {
        var html = await client.GetStringAsync("/mansikka/hankkeet");

        var leftovers = FinnishLeftovers.In(html.Replace("<html lang=\"fi\">", "<html lang=\"sv\">", StringComparison.Ordinal));

        Assert.Contains("Hankkeet", leftovers);
        Assert.Contains("Siirry sisältöön", leftovers);
        Assert.True(leftovers.Count >= 10, string.Join(", ", leftovers));
    }

    [Fact]
    public async Task Finnish_admin_page_passed_off_as_english_shows_its_finnish_ui_text()
    {
        var admin = await host.SignedInAsync("elava-kainuu");
        var html = await admin.GetStringAsync("/elava-kainuu/admin/sisalto");

        var leftovers = FinnishLeftovers.In(html.Replace("<html lang=\"fi\">", "<html lang=\"en\">", StringComparison.Ordinal));

        Assert.Contains("Sisältö", leftovers);
        Assert.Contains("Kaikki tyypit", leftovers);
    }

    [Fact]
    public async Task Admin_login_page_speaks_the_language_of_its_address()
    {
        var html = await client.GetStringAsync("/sv/login");

        Assert.Equal("sv", new HtmlParser().ParseDocument(html).DocumentElement.GetAttribute("lang"));
        Assert.Empty(FinnishLeftovers.In(html));
    }

    // Each page must be in the language, and what it shows of the UI in Finnish is listed, one line a text.
    private static async Task<List<string>> LeftoversAsync(HttpClient client, string language, IEnumerable<string> paths)
    {
        var leftovers = new List<string>();
        foreach (var path in paths)
        {
            var html = await client.GetStringAsync(path);
            Assert.Equal(language, new HtmlParser().ParseDocument(html).DocumentElement.GetAttribute("lang"));
            leftovers.AddRange(FinnishLeftovers.In(html).Select(text => $"{path}: {text}"));
        }
        return leftovers;
    }
}
