using System.Net;
using System.Text.Json;
using Verkostoportaali.ContentFields;
using Verkostoportaali.Contents.Search;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Indexing;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Contents.Tests.Pages.ContentAdmin;

[Collection(PortalCollection.Name)]
public sealed class TypeEditorTests(PortalHost host)
{
    [Fact]
    public async Task Field_added_by_the_administrator_is_edited_shown_on_the_public_page_and_in_the_api()
    {
        var site = await AdminSite.CreateAsync(host);
        var admin = await site.UserAsync("paakayttaja", "Administrator");
        await site.SubmitAsync(admin, "admin/sisaltotyypit/Page", "Add", new Dictionary<string, string>
        {
            ["Input.LabelFi"] = "Kohderyhmä", ["Input.LabelSv"] = "Målgrupp", ["Input.LabelEn"] = "Target group", ["Input.Kind"] = "Text",
        });
        await site.SubmitAsync(admin, "admin/sisaltotyypit/Page", "Add", new Dictionary<string, string>
        {
            ["Input.LabelFi"] = "Osallistujia", ["Input.Kind"] = "Number",
        });

        var created = await site.SubmitAsync(admin, "admin/sisalto/uusi/Page", "Publish", new Dictionary<string, string>
        {
            ["TitlePart.Title"] = "Kyläkävely",
            ["FieldsPart.Values[kohderyhma]"] = "Ikäihmiset",
            ["FieldsPart.Values[osallistujia]"] = "12.5",
        });
        var publicPage = await site.PageAsync(site.NewClient(), "kylakavely");
        var swedishPage = await site.PageAsync(site.NewClient(), "sv/kylakavely");
        var api = JsonDocument.Parse(await site.NewClient().GetStringAsync(site.Url("api/content?type=Page")));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("Kohderyhmä", publicPage.QuerySelector("dl.content-fields")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Ikäihmiset", publicPage.QuerySelector("dl.content-fields")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Målgrupp", swedishPage.QuerySelector("dl.content-fields")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("\"kohderyhma\":\"Ikäihmiset\"", api.RootElement.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("\"osallistujia\":\"12.5\"", api.RootElement.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_field_value_and_a_field_without_a_finnish_name_are_refused_with_messages()
    {
        var site = await AdminSite.CreateAsync(host);
        var admin = await site.UserAsync("paakayttaja", "Administrator");
        await site.SubmitAsync(admin, "admin/sisaltotyypit/Page", "Add", new Dictionary<string, string>
        {
            ["Input.LabelFi"] = "Kotisivu", ["Input.Kind"] = "Link",
        });

        var noName = await site.SubmitAsync(admin, "admin/sisaltotyypit/Page", "Add", new Dictionary<string, string> { ["Input.Kind"] = "Date" });
        var badLink = await site.SubmitAsync(admin, "admin/sisalto/uusi/Page", "Save", new Dictionary<string, string>
        {
            ["TitlePart.Title"] = "Sivu", ["FieldsPart.Values[kotisivu]"] = "javascript:alert(1)",
        });

        Assert.Contains("Anna kentän nimi suomeksi.", AdminSite.Parse(await noName.Content.ReadAsStringAsync()).GetElementById("Input_LabelFi-error")!.TextContent, StringComparison.Ordinal);
        var page = AdminSite.Parse(await badLink.Content.ReadAsStringAsync());
        Assert.Contains("https://", page.GetElementById("FieldsPart_Values_kotisivu_-error")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await site.LatestAsync("Page"));
    }

    [Fact]
    public async Task Term_field_chooses_one_of_the_sites_vocabularies_and_its_page_shows_the_terms_name_in_the_pages_language()
    {
        var site = await SiteWithThemesAsync();
        var admin = await site.UserAsync("paakayttaja", "Administrator");

        var editor = await site.PageAsync(admin, "admin/sisaltotyypit/Page");
        await AddThemeFieldAsync(site, admin, "themes");
        await site.SubmitAsync(admin, "admin/sisalto/uusi/Page", "Publish", new Dictionary<string, string>
        {
            ["TitlePart.Title"] = "Taidekävely", ["FieldsPart.Values[teema]"] = "kulttuuri-ja-taide",
        });
        var pages = new Dictionary<string, string>();
        foreach (var language in new[] { "", "sv/", "en/" })
        {
            pages[language] = (await site.PageAsync(site.NewClient(), language + "taidekavely")).QuerySelector("dl.content-fields dd")!.TextContent.Trim();
        }
        var api = await site.NewClient().GetStringAsync(site.Url("api/content?type=Page"));

        Assert.Equal(["", "themes"], editor.GetElementById("Input_Vocabulary")!.QuerySelectorAll("option").Select(o => o.GetAttribute("value")));
        Assert.Equal("Teemat", editor.QuerySelector("#Input_Vocabulary option[value=themes]")!.TextContent);
        Assert.Equal(("Kulttuuri ja taide", "Kultur och konst", "Culture and arts"), (pages[""], pages["sv/"], pages["en/"]));
        Assert.Contains("\"teema\":\"kulttuuri-ja-taide\"", api, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Luokituskenttä tarvitsee sanaston.")]
    [InlineData("keksitty-sanasto", "Valitse sanasto luettelosta.")]
    public async Task Term_field_without_one_of_the_sites_vocabularies_is_refused_and_the_type_is_unchanged(string vocabulary, string message)
    {
        var site = await SiteWithThemesAsync();
        var admin = await site.UserAsync("paakayttaja", "Administrator");

        var response = await AddThemeFieldAsync(site, admin, vocabulary);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = AdminSite.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, page.GetElementById("Input_Vocabulary-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", page.GetElementById("Input_Vocabulary")!.GetAttribute("aria-invalid"));
        Assert.Contains("Tyypillä ei ole vielä omia kenttiä.", (await site.PageAsync(admin, "admin/sisaltotyypit/Page")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Term_that_is_not_in_the_fields_vocabulary_is_refused_next_to_the_field_and_nothing_is_saved()
    {
        var site = await SiteWithThemesAsync();
        var admin = await site.UserAsync("paakayttaja", "Administrator");
        await AddThemeFieldAsync(site, admin, "themes");

        var response = await site.SubmitAsync(admin, "admin/sisalto/uusi/Page", "Save", new Dictionary<string, string>
        {
            ["TitlePart.Title"] = "Väärennetty", ["FieldsPart.Values[teema]"] = "<script>ei-termi</script>",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = AdminSite.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("Valitse termi luettelosta.", page.GetElementById("FieldsPart_Values_teema_-error")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await site.LatestAsync("Page"));
    }

    [Fact]
    public async Task Editor_without_the_permission_cannot_open_the_type_editor()
    {
        var site = await AdminSite.CreateAsync(host);
        var editor = await site.UserAsync("toimittaja", "Editor");

        var response = await editor.GetAsync(site.Url("admin/sisaltotyypit/Page"));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void Field_values_are_searchable_text_except_yes_and_no_and_values_the_page_does_not_show()
    {
        var item = new ContentItem { ContentItemId = "x", VersionId = "y", ContentType = "Page" };
        item.Apply(new FieldsPart(new Dictionary<string, string>
        {
            ["kohderyhma"] = "Ikäihmiset", ["ilmainen"] = "true", ["paiva"] = "ensi viikolla", ["poistettu"] = "vanha arvo",
        }));
        var document = new SearchDocument(new ContentTypeDefinition
        {
            Name = "Page", Label = new("Sivu"),
            Fields = [Field("kohderyhma", ContentFieldKind.Text), Field("ilmainen", ContentFieldKind.YesNo), Field("paiva", ContentFieldKind.Date)],
        });

        new FieldsSearchFields().Map(item, document);

        Assert.Equal(["Ikäihmiset"], document.Texts.Select(t => t.Text));
    }

    [Fact]
    public async Task Old_text_under_a_date_field_is_not_shown_and_its_page_preview_and_editor_open()
    {
        var site = await AdminSite.CreateAsync(host);
        var admin = await site.UserAsync("paakayttaja", "Administrator");
        await site.SubmitAsync(admin, "admin/sisaltotyypit/Page", "Add", new Dictionary<string, string> { ["Input.LabelFi"] = "Päivä", ["Input.Kind"] = "Text" });
        await site.SubmitAsync(admin, "admin/sisalto/uusi/Page", "Publish", new Dictionary<string, string>
        {
            ["TitlePart.Title"] = "Kyläjuhla", ["FieldsPart.Values[paiva]"] = "ensi viikolla",
        });
        var id = Assert.Single(await site.LatestAsync("Page")).ContentItemId;
        // As a recipe run again, or the admin of an older version, could leave it: the name now of a date field.
        await host.InTenantAsync<ContentDefinitionStore, bool>(site.Tenant, async definitions =>
        {
            var page = (await definitions.FindAsync("Page"))!;
            await definitions.SaveAsync(page with { Fields = [Field("paiva", ContentFieldKind.Date)] });
            return true;
        });

        var publicPage = await site.NewClient().GetAsync(site.Url("kylajuhla"));
        var preview = await admin.GetAsync(site.Url($"admin/sisalto/{id}/esikatselu"));
        var editor = await site.PageAsync(admin, $"admin/sisalto/{id}");
        var api = await site.NewClient().GetStringAsync(site.Url($"api/content/{id}"));

        foreach (var response in new[] { publicPage, preview })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = AdminSite.Parse(await response.Content.ReadAsStringAsync());
            Assert.Null(page.QuerySelector("dl.content-fields"));
            Assert.DoesNotContain("ensi viikolla", page.DocumentElement.TextContent, StringComparison.Ordinal);
        }
        Assert.Equal("", editor.GetElementById("FieldsPart_Values_paiva_")!.GetAttribute("value") ?? "");
        Assert.DoesNotContain("ensi viikolla", api, StringComparison.Ordinal);
    }

    private static ContentFieldDefinition Field(string name, ContentFieldKind kind) => new(name, kind, new LocalizedText(name));

    private async Task<AdminSite> SiteWithThemesAsync() => AdminSite.Of(host, await host.CreateSiteAsync("""
        { "name": "term-field-test", "steps": [
            { "name": "ContentDefinition", "types": [
                { "name": "Page", "label": { "fi": "Sivu", "sv": "Sida", "en": "Page" }, "parts": ["TitlePart", "BodyPart", "AutoroutePart"] } ] },
            { "name": "Taxonomy", "vocabulary": "themes", "label": { "fi": "Teemat", "sv": "Teman", "en": "Themes" }, "terms": [
                { "id": "kulttuuri-ja-taide", "name": { "fi": "Kulttuuri ja taide", "sv": "Kultur och konst", "en": "Culture and arts" } },
                { "id": "liikunta", "name": { "fi": "Liikunta", "sv": "Motion", "en": "Exercise" } } ] } ] }
        """));

    private static Task<HttpResponseMessage> AddThemeFieldAsync(AdminSite site, HttpClient admin, string vocabulary) =>
        site.SubmitAsync(admin, "admin/sisaltotyypit/Page", "Add", new Dictionary<string, string>
        {
            ["Input.LabelFi"] = "Teema", ["Input.LabelSv"] = "Tema", ["Input.LabelEn"] = "Theme", ["Input.Kind"] = "Term", ["Input.Vocabulary"] = vocabulary,
        });
}
