using System.Net;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Contents.Tests.Pages.ContentAdmin;

[Collection(PortalCollection.Name)]
public sealed class HistoryTests(PortalHost host)
{
    [Fact]
    public async Task Restoring_an_old_version_makes_a_new_draft_and_keeps_the_published_one()
    {
        var site = await AdminSite.CreateAsync(host);
        var editor = await site.UserAsync("toimittaja", "Editor");
        var page = await site.AddPageAsync("Ensimmäinen otsikko", owner: "toimittaja", publish: true);
        await site.SubmitAsync(editor, $"admin/sisalto/{page.ContentItemId}", "Publish",
            new Dictionary<string, string> { ["TitlePart.Title"] = "Toinen otsikko" });
        var history = await site.PageAsync(editor, $"admin/sisalto/{page.ContentItemId}/versiot");
        var restore = history.QuerySelectorAll("table.history form").Single();

        var response = await editor.PostAsync(restore.GetAttribute("action"),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = AdminSite.Token(history) }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var versions = await site.HistoryAsync(page.ContentItemId);
        Assert.Equal(3, versions.Count);
        Assert.Equal(("Ensimmäinen otsikko", true, false), (versions[2].DisplayText, versions[2].Latest, versions[2].Published));
        Assert.Equal(("Toinen otsikko", true), (versions[1].DisplayText, versions[1].Published));
        Assert.Equal("toimittaja", versions[2].Author);
        Assert.Contains("toimittaja", history.QuerySelector("table.history tbody")!.TextContent, StringComparison.Ordinal);
    }
}
