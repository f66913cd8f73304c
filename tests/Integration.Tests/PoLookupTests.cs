using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Parser;
using Verkostoportaali.Contents.Api;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Integration.Tests;

/// <summary>Which PO file a page's strings come from: its own module's, and a tenant's own files over all of them.</summary>
[Collection(PortalCollection.Name)]
public sealed class PoLookupTests(PortalHost host)
{
    [Fact]
    public async Task Msgid_that_two_modules_translate_differently_shows_each_modules_own_translation()
    {
        var admin = await host.SignedInAsync("mansikka");
        var project = (await admin.GetFromJsonAsync<ContentPage>("/mansikka/api/content?type=Project&size=1"))!.Items[0];

        var roles = await HtmlPages.GetPageAsync(admin, "/mansikka/admin/roolit");
        var editor = await HtmlPages.GetPageAsync(admin, $"/mansikka/admin/sisalto/{project.ContentItemId}");

        Assert.Equal("Rooli", roles.QuerySelector("table th")!.TextContent);
        Assert.Contains("Tehtävä", editor.QuerySelectorAll("label").Select(l => l.TextContent));
        Assert.DoesNotContain("Rooli", editor.QuerySelectorAll("label").Select(l => l.TextContent));
    }

    [Fact]
    public async Task No_public_or_admin_page_shows_a_msgid_that_only_another_modules_po_file_translates()
    {
        var admin = await host.SignedInAsync("elava-kainuu");
        var editors = new List<string>();
        foreach (var type in new[] { "Event", "Network", "Article" })
        {
            var item = (await admin.GetFromJsonAsync<ContentPage>($"/elava-kainuu/api/content?type={type}&size=1"))!.Items[0];
            editors.Add($"/elava-kainuu/admin/sisalto/{item.ContentItemId}");
        }
        var pages = await PublicPages.CrawlAsync(admin, ["/", "/mansikka/", "/elava-kainuu/", "/green-care-keski-suomi/", "/majakka/",
            "/elava-kainuu/admin", "/elava-kainuu/admin/sisalto", "/elava-kainuu/admin/roolit/Editor", "/elava-kainuu/admin/kayttajat",
            .. editors], maxPages: 400);

        foreach (var path in pages.SelectMany(p => new[] { p, DemoPages.In("sv", p), DemoPages.In("en", p) }))
        {
            await admin.GetAsync(path);
        }

        var warnings = host.Log.Messages.Where(m => m.Contains("translation in the PO files that", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count > 40, $"The crawl found only {pages.Count} pages.");
        Assert.True(warnings.Count == 0, string.Join("\n", warnings));
    }

    [Fact]
    public async Task Tenant_po_file_in_its_data_folder_overrides_a_string_on_its_own_pages_only()
    {
        var (own, other) = (await host.CreateSiteAsync(), await host.CreateSiteAsync());
        var folder = Directory.CreateDirectory(Path.Combine(host.DataPath, "Sites", own.Name, "Localization")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "fi.po"), "msgid \"Skip to content\"\nmsgstr \"Hyppää sisältöön\"\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "sv.po"), "msgid \"Skip to content\"\nmsgstr \"Hoppa till innehållet\"\n");
        var client = host.CreateClient();

        var (finnish, swedish, others) = (await SkipLinkAsync(client, $"/{own.Name}/"), await SkipLinkAsync(client, $"/{own.Name}/sv/"),
            await SkipLinkAsync(client, $"/{other.Name}/"));

        Assert.Equal("Hyppää sisältöön", finnish);
        Assert.Equal("Hoppa till innehållet", swedish);
        Assert.Equal("Siirry sisältöön", others);
    }

    [Fact]
    public async Task Tenant_translation_with_markup_is_shown_as_text()
    {
        var site = await host.CreateSiteAsync();
        await WriteAsync(site.Name, "fi.po", "msgid \"Skip to content\"\nmsgstr \"<script>alert(1)</script><b>Siirry</b>\"\n\n"
            + "msgid \"Nothing has been published here yet.\"\nmsgstr \"<img src=x onerror=alert(1)>Tyhjää\"\n");

        var html = await host.CreateClient().GetStringAsync($"/{site.Name}/");

        var page = new HtmlParser().ParseDocument(html);
        Assert.Equal("<script>alert(1)</script><b>Siirry</b>", page.QuerySelector(".skip-link")!.TextContent);
        Assert.Empty(page.QuerySelectorAll(".skip-link *"));
        Assert.Contains("<img src=x onerror=alert(1)>Tyhjää", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("main img"));
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tenant_translation_whose_placeholder_does_not_fit_shows_the_msgid_with_its_argument_and_is_logged_once()
    {
        var site = await host.CreateSiteAsync();
        await WriteAsync(site.Name, "fi.po", "msgid \"New: {0}\"\nmsgstr \"Uusi: {5}\"\n\n"
            + "msgid \"{0} item\"\nmsgid_plural \"{0} items\"\nmsgstr[0] \"{0 sisältö\"\nmsgstr[1] \"{0 sisältöä\"\n");
        await host.AddPageAsync(site, "Kylätalo", "<p>Kylätalon sivu.</p>", publish: true);
        var admin = await host.SignedInAsync(site.Name);

        var responses = new[] { await admin.GetAsync($"/{site.Name}/admin/sisalto"), await admin.GetAsync($"/{site.Name}/admin/sisalto") };

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var page = new HtmlParser().ParseDocument(await responses[1].Content.ReadAsStringAsync());
        Assert.Equal("New: Sivu", page.QuerySelector(".new-content a")!.TextContent.Trim());
        Assert.Equal("1 item", page.QuerySelector("caption")!.TextContent.Trim());
        Assert.Single(host.Log.Messages, m => m.Contains("\"Uusi: {5}\"", StringComparison.Ordinal));
        Assert.Single(host.Log.Messages, m => m.Contains("\"{0 sisältö\"", StringComparison.Ordinal));
    }

    private async Task WriteAsync(string tenant, string file, string po)
    {
        var folder = Directory.CreateDirectory(Path.Combine(host.DataPath, "Sites", tenant, "Localization")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, file), po);
    }

    private static async Task<string> SkipLinkAsync(HttpClient client, string path) =>
        new HtmlParser().ParseDocument(await client.GetStringAsync(path)).QuerySelector(".skip-link")!.TextContent;
}
