using System.Net;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Contents.Tests.Pages.ContentAdmin;

[Collection(PortalCollection.Name)]
public sealed class TranslationTests(PortalHost host)
{
    [Fact]
    public async Task Swedish_version_is_a_new_draft_in_the_same_localization_set_with_the_parts_copied()
    {
        var site = await AdminSite.CreateAsync(host);
        var editor = await site.UserAsync("toimittaja", "Editor");
        var finnish = await site.AddPageAsync("Kyläjuhla", owner: "toimittaja", publish: true);

        var response = await site.SubmitAsync(editor, $"admin/sisalto/{finnish.ContentItemId}", "Translate");
        var editPage = await site.PageAsync(editor, $"admin/sisalto/{finnish.ContentItemId}");
        var list = await site.PageAsync(editor, "admin/sisalto");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var pages = await site.LatestAsync("Page");
        var swedish = Assert.Single(pages, p => p.Culture == "sv");
        var original = Assert.Single(pages, p => p.Culture == "fi");
        Assert.Equal(finnish.ContentItemId, original.LocalizationSet);
        Assert.Equal(finnish.ContentItemId, swedish.LocalizationSet);
        Assert.Equal(("Kyläjuhla", false, "toimittaja"), (swedish.DisplayText, swedish.Published, swedish.Owner));
        Assert.True(original.Published);
        Assert.Single(await site.HistoryAsync(finnish.ContentItemId));
        Assert.Contains($"/admin/sisalto/{swedish.ContentItemId}", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("culture=sv", editPage.QuerySelector("section.variants")!.InnerHtml, StringComparison.Ordinal);
        Assert.Contains("culture=en", editPage.QuerySelector("section.variants")!.InnerHtml, StringComparison.Ordinal);
        Assert.Contains("ruotsi", list.QuerySelector("table.content-table")!.TextContent, StringComparison.Ordinal);
    }
}
