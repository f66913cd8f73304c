using System.Net;
using System.Text.Json.Nodes;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Events;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Contents.Tests.Pages.ContentAdmin;

/// <summary>Items stored by older code, with members the parts no longer have or without members they have since gained.</summary>
[Collection(PortalCollection.Name)]
public sealed class StoredContentTests(PortalHost host)
{
    [Fact]
    public async Task Item_stored_with_a_member_its_part_does_not_know_opens_and_saving_it_keeps_the_member()
    {
        var site = await AdminSite.CreateAsync(host);
        var admin = await site.UserAsync("paakayttaja", "Administrator");
        var item = await site.AddPageAsync("Kyläilta", "paakayttaja", publish: true);
        await site.StoreAsync(item.ContentItemId, """
            { "TitlePart": { "title": "Kyläilta", "subtitle": "vanhan koodin kenttä" },
              "BodyPart": { "html": "<p>Tervetuloa kylätalolle</p>" }, "AutoroutePart": { "slug": "kylailta" } }
            """);

        var publicPage = await site.NewClient().GetAsync(site.Url("kylailta"));
        var editor = await admin.GetAsync(site.Url($"admin/sisalto/{item.ContentItemId}"));
        var saved = await site.SubmitAsync(admin, $"admin/sisalto/{item.ContentItemId}", "Save", new Dictionary<string, string>
        {
            ["TitlePart.Title"] = "Kyläilta syksyllä",
        });

        Assert.Equal(HttpStatusCode.OK, publicPage.StatusCode);
        Assert.Contains("Tervetuloa kylätalolle", await publicPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, editor.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var title = JsonNode.Parse(await site.StoredAsync(item.ContentItemId))!["TitlePart"]!;
        Assert.Equal(("Kyläilta syksyllä", "vanhan koodin kenttä"), (title["title"]!.GetValue<string>(), title["subtitle"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Item_stored_without_members_its_parts_have_since_gained_opens_on_its_page_and_in_the_editor()
    {
        var site = await AdminSite.CreateAsync(host);
        var admin = await site.UserAsync("paakayttaja", "Administrator");
        var item = await site.AddPageAsync("Kyläilta", "paakayttaja", publish: true);
        await site.StoreAsync(item.ContentItemId, """{ "TitlePart": {}, "BodyPart": {}, "AutoroutePart": { "slug": "kylailta" } }""");

        var publicPage = await site.NewClient().GetAsync(site.Url("kylailta"));
        var editor = await admin.GetAsync(site.Url($"admin/sisalto/{item.ContentItemId}"));

        Assert.Equal(HttpStatusCode.OK, publicPage.StatusCode);
        Assert.Equal(HttpStatusCode.OK, editor.StatusCode);
    }

    [Fact]
    public async Task Event_stored_without_its_start_date_opens_and_the_editor_asks_for_the_date()
    {
        var site = await AdminSite.CreateAsync(host);
        var admin = await site.UserAsync("paakayttaja", "Administrator");
        var item = await host.InTenantAsync<ContentManager, ContentItem>(site.Tenant, async content =>
        {
            var juhannus = await content.NewAsync("Event");
            juhannus.Apply(new TitlePart("Juhannus")).Apply(new AutoroutePart()).Apply(new EventPart(new DateOnly(2026, 6, 19)));
            await content.CreateAsync(juhannus, publish: true);
            return juhannus;
        });
        await site.StoreAsync(item.ContentItemId, """
            { "TitlePart": { "title": "Juhannus" }, "AutoroutePart": { "slug": "juhannus" }, "EventPart": { "placeName": "Kylätalo" } }
            """);

        var publicPage = await site.NewClient().GetAsync(site.Url("juhannus"));
        var editor = await admin.GetAsync(site.Url($"admin/sisalto/{item.ContentItemId}"));

        Assert.Equal(HttpStatusCode.OK, publicPage.StatusCode);
        Assert.Contains("Juhannus", await publicPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, editor.StatusCode);
        Assert.Equal("", AdminSite.Parse(await editor.Content.ReadAsStringAsync()).GetElementById("EventPart_StartDate")!.GetAttribute("value") ?? "");
    }
}
