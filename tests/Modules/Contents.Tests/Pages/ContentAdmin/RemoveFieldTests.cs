using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Contents.Tests.Pages.ContentAdmin;

[Collection(PortalCollection.Name)]
public sealed class RemoveFieldTests(PortalHost host)
{
    [Fact]
    public async Task Removing_a_field_deletes_its_values_from_every_version_unless_told_otherwise()
    {
        var (site, admin) = await SiteAsync();
        await AddFieldAsync(site, admin, "Kohderyhmä", "Text");
        var id = await PublishAsync(site, admin, "Kyläkävely", "kohderyhma", "Ikäihmiset");
        await site.SubmitAsync(admin, $"admin/sisalto/{id}", "Save", new Dictionary<string, string> { ["FieldsPart.Values[kohderyhma]"] = "Perheet" });

        var confirmation = await site.PageAsync(admin, "admin/sisaltotyypit/Page/kentat/kohderyhma/poista");
        var removed = await RemoveAsync(site, admin, "kohderyhma", confirmation.QuerySelector("input[name=Values][checked]")!.GetAttribute("value")!);

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var versions = await VersionsAsync(site, id);
        Assert.Equal(2, versions.Count);
        Assert.All(versions, v => Assert.DoesNotContain("kohderyhma", v, StringComparison.Ordinal));
        Assert.Contains("Tyypillä ei ole vielä omia kenttiä.", (await site.PageAsync(admin, "admin/sisaltotyypit/Page")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Script_address_kept_hidden_from_a_text_field_is_no_link_when_the_name_comes_back_as_a_link_field()
    {
        var (site, admin) = await SiteAsync();
        await AddFieldAsync(site, admin, "Kotisivu", "Text");
        var id = await PublishAsync(site, admin, "Kyläkoulu", "kotisivu", "javascript:alert(1)");

        await RemoveAsync(site, admin, "kotisivu", "KeepHidden");
        await AddFieldAsync(site, admin, "Kotisivu", "Link");
        var publicPage = await site.NewClient().GetAsync(site.Url("kylakoulu"));
        var preview = await admin.GetAsync(site.Url($"admin/sisalto/{id}/esikatselu"));
        var editor = await site.PageAsync(admin, $"admin/sisalto/{id}");
        var api = await site.NewClient().GetStringAsync(site.Url($"api/content/{id}"));

        foreach (var response in new[] { publicPage, preview })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
            Assert.Null(AdminSite.Parse(html).QuerySelector("dl.content-fields"));
        }
        Assert.Equal("", editor.GetElementById("FieldsPart_Values_kotisivu_")!.GetAttribute("value") ?? "");
        Assert.DoesNotContain("javascript:", api, StringComparison.Ordinal);
        var kept = JsonNode.Parse((await VersionsAsync(site, id)).Single())!["FieldsPart"]!;
        Assert.Equal("javascript:alert(1)", kept["hidden"]!["kotisivu"]!.GetValue<string>());
        Assert.Empty(kept["values"]!.AsObject());
    }

    [Fact]
    public async Task Value_kept_hidden_survives_saving_the_other_fields_and_stays_out_of_the_page()
    {
        var (site, admin) = await SiteAsync();
        await AddFieldAsync(site, admin, "Kohderyhmä", "Text");
        await AddFieldAsync(site, admin, "Osallistujia", "Number");
        var id = await PublishAsync(site, admin, "Kyläkävely", "kohderyhma", "Ikäihmiset");
        await RemoveAsync(site, admin, "kohderyhma", "KeepHidden");

        await site.SubmitAsync(admin, $"admin/sisalto/{id}", "Publish", new Dictionary<string, string> { ["FieldsPart.Values[osallistujia]"] = "12" });

        var latest = JsonNode.Parse((await VersionsAsync(site, id))[^1])!["FieldsPart"]!;
        Assert.Equal("12", latest["values"]!["osallistujia"]!.GetValue<string>());
        Assert.Equal("Ikäihmiset", latest["hidden"]!["kohderyhma"]!.GetValue<string>());
        Assert.DoesNotContain("Ikäihmiset", await site.NewClient().GetStringAsync(site.Url("kylakavely")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("7")]
    [InlineData("Kaikki")]
    public async Task Choice_the_form_does_not_offer_is_refused_and_the_field_stays(string choice)
    {
        var (site, admin) = await SiteAsync();
        await AddFieldAsync(site, admin, "Kohderyhmä", "Text");

        var response = await RemoveAsync(site, admin, "kohderyhma", choice);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Kohderyhmä", (await site.PageAsync(admin, "admin/sisaltotyypit/Page")).QuerySelector("main ul")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editor_without_the_permission_cannot_remove_a_field()
    {
        var (site, admin) = await SiteAsync();
        await AddFieldAsync(site, admin, "Kohderyhmä", "Text");
        var editor = await site.UserAsync("toimittaja", "Editor");

        var response = await editor.GetAsync(site.Url("admin/sisaltotyypit/Page/kentat/kohderyhma/poista"));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Field_the_type_does_not_have_is_not_found()
    {
        var (site, admin) = await SiteAsync();

        var response = await admin.GetAsync(site.Url("admin/sisaltotyypit/Page/kentat/keksitty/poista"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<(AdminSite Site, HttpClient Admin)> SiteAsync()
    {
        var site = await AdminSite.CreateAsync(host);
        return (site, await site.UserAsync("paakayttaja", "Administrator"));
    }

    private static Task AddFieldAsync(AdminSite site, HttpClient admin, string label, string kind) =>
        site.SubmitAsync(admin, "admin/sisaltotyypit/Page", "Add", new Dictionary<string, string> { ["Input.LabelFi"] = label, ["Input.Kind"] = kind });

    private static async Task<string> PublishAsync(AdminSite site, HttpClient admin, string title, string field, string value)
    {
        var created = await site.SubmitAsync(admin, "admin/sisalto/uusi/Page", "Publish", new Dictionary<string, string>
        {
            ["TitlePart.Title"] = title, [$"FieldsPart.Values[{field}]"] = value,
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return (await site.LatestAsync("Page")).Single(i => i.DisplayText == title).ContentItemId;
    }

    private static async Task<HttpResponseMessage> RemoveAsync(AdminSite site, HttpClient admin, string field, string values)
    {
        var path = $"admin/sisaltotyypit/Page/kentat/{field}/poista";
        var confirmation = await site.PageAsync(admin, path);
        return await admin.PostAsync(site.Url(path), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Values"] = values, ["__RequestVerificationToken"] = AdminSite.Token(confirmation),
        }));
    }

    // Every version's stored JSON, oldest first.
    private Task<List<string>> VersionsAsync(AdminSite site, string id) =>
        host.InTenantAsync<TenantDbContext, List<string>>(site.Tenant, db =>
            db.Database.SqlQuery<string>($"SELECT Data AS Value FROM ContentItems WHERE ContentItemId = {id} ORDER BY Id").ToListAsync());
}
