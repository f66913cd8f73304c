using System.Net;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Contents.Tests.Pages.ContentAdmin;

[Collection(PortalCollection.Name)]
public sealed class PermissionTests(PortalHost host)
{
    private static readonly Dictionary<string, string> NewPage = new() { ["TitlePart.Title"] = "Uusi sivu" };

    [Fact]
    public async Task Contributor_saves_a_draft_but_is_neither_offered_nor_allowed_to_publish()
    {
        var site = await AdminSite.CreateAsync(host);
        var contributor = await site.UserAsync("avustaja", "Contributor");
        await site.SubmitAsync(contributor, "admin/sisalto/uusi/Page", "Save", NewPage);
        var draft = Assert.Single(await site.LatestAsync("Page"));
        var editPage = await site.PageAsync(contributor, $"admin/sisalto/{draft.ContentItemId}");

        var publish = await contributor.PostAsync(site.Url($"admin/sisalto/{draft.ContentItemId}?handler=Publish"),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = AdminSite.Token(editPage), ["TitlePart.Title"] = "Uusi sivu" }));

        Assert.Null(editPage.QuerySelector("button[formaction*='handler=Publish']"));
        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
        Assert.False(Assert.Single(await site.LatestAsync("Page")).Published);
    }

    [Fact]
    public async Task Author_publishes_own_items_but_cannot_open_edit_or_publish_anothers()
    {
        var site = await AdminSite.CreateAsync(host);
        var author = await site.UserAsync("kirjoittaja", "Author");
        var others = await site.AddPageAsync("Toisen sivu", owner: "joku-muu");
        var own = await site.AddPageAsync("Oma sivu", owner: "kirjoittaja");
        var ownPage = await site.PageAsync(author, $"admin/sisalto/{own.ContentItemId}");
        var token = AdminSite.Token(ownPage);

        var open = await author.GetAsync(site.Url($"admin/sisalto/{others.ContentItemId}"));
        var save = await author.PostAsync(site.Url($"admin/sisalto/{others.ContentItemId}?handler=Save"),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["TitlePart.Title"] = "Kaapattu" }));
        var publishOthers = await author.PostAsync(site.Url($"admin/sisalto/{others.ContentItemId}?handler=Publish"),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["TitlePart.Title"] = "Toisen sivu" }));
        var publishOwn = await site.SubmitAsync(author, $"admin/sisalto/{own.ContentItemId}", "Publish");
        var list = await site.PageAsync(author, "admin/sisalto");

        Assert.Equal(HttpStatusCode.Forbidden, open.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, save.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, publishOthers.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, publishOwn.StatusCode);
        var history = await site.HistoryAsync(others.ContentItemId);
        Assert.Equal(("Toisen sivu", false), (Assert.Single(history).DisplayText, history[0].Published));
        Assert.True((await site.HistoryAsync(own.ContentItemId)).Last().Published);
        Assert.Contains("Oma sivu", list.QuerySelector("table.content-table")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Toisen sivu", list.QuerySelector("table.content-table")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editor_edits_and_publishes_anothers_item_and_is_recorded_as_its_author()
    {
        var site = await AdminSite.CreateAsync(host);
        var editor = await site.UserAsync("toimittaja", "Editor");
        var others = await site.AddPageAsync("Toisen sivu", owner: "joku-muu");

        var response = await site.SubmitAsync(editor, $"admin/sisalto/{others.ContentItemId}", "Publish",
            new Dictionary<string, string> { ["TitlePart.Title"] = "Toimittajan korjaama" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var latest = (await site.HistoryAsync(others.ContentItemId)).Last();
        Assert.True(latest.Published);
        Assert.Equal(("Toimittajan korjaama", "joku-muu", "toimittaja"), (latest.DisplayText, latest.Owner, latest.Author));
    }

    [Fact]
    public async Task Contributor_cannot_delete_and_editor_deletes_after_confirming()
    {
        var site = await AdminSite.CreateAsync(host);
        var contributor = await site.UserAsync("avustaja", "Contributor");
        var editor = await site.UserAsync("toimittaja", "Editor");
        var page = await site.AddPageAsync("Poistettava", owner: "avustaja", publish: true);

        var refused = await contributor.GetAsync(site.Url($"admin/sisalto/{page.ContentItemId}/poista"));
        var confirmation = await site.PageAsync(editor, $"admin/sisalto/{page.ContentItemId}/poista");
        var deleted = await editor.PostAsync(site.Url($"admin/sisalto/{page.ContentItemId}/poista"),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = AdminSite.Token(confirmation) }));
        var publicPage = await site.NewClient().GetAsync(site.Url("poistettava"));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Empty(await site.LatestAsync("Page"));
        Assert.Equal(HttpStatusCode.NotFound, publicPage.StatusCode);
    }

    [Fact]
    public async Task Unknown_id_and_another_tenants_item_are_not_found()
    {
        var site = await AdminSite.CreateAsync(host);
        var other = await AdminSite.CreateAsync(host);
        var foreign = await other.AddPageAsync("Toisen sivuston sivu", owner: "joku");
        var editor = await site.UserAsync("toimittaja", "Editor");

        var unknown = await editor.GetAsync(site.Url("admin/sisalto/eioleolemassa"));
        var fromOther = await editor.GetAsync(site.Url($"admin/sisalto/{foreign.ContentItemId}"));
        var previewOther = await editor.GetAsync(site.Url($"admin/sisalto/{foreign.ContentItemId}/esikatselu"));
        var historyOther = await editor.GetAsync(site.Url($"admin/sisalto/{foreign.ContentItemId}/versiot"));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, fromOther.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, previewOther.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, historyOther.StatusCode);
    }
}
