using System.Net;
using System.Text.Json;
using Verkostoportaali.Contents.Search;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Indexing;
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
    public async Task Editor_without_the_permission_cannot_open_the_type_editor()
    {
        var site = await AdminSite.CreateAsync(host);
        var editor = await site.UserAsync("toimittaja", "Editor");

        var response = await editor.GetAsync(site.Url("admin/sisaltotyypit/Page"));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void Field_values_are_searchable_text_except_yes_and_no()
    {
        var item = new ContentItem { ContentItemId = "x", VersionId = "y", ContentType = "Page" };
        item.Apply(new FieldsPart(new Dictionary<string, string> { ["kohderyhma"] = "Ikäihmiset", ["ilmainen"] = "true" }));
        var document = new SearchDocument();

        new FieldsSearchFields().Map(item, document);

        Assert.Equal(["Ikäihmiset"], document.Texts.Select(t => t.Text));
    }
}
