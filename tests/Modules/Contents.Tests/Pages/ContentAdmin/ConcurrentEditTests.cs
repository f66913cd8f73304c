using System.Net;
using System.Text.Json;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Contents.Tests.Pages.ContentAdmin;

/// <summary>Editors posting the editor form of one item at the same moment, over HTTP, each from the page they opened.</summary>
[Collection(PortalCollection.Name)]
public sealed class ConcurrentEditTests(PortalHost host)
{
    private const string ConflictHeading = "Joku muu tallensi tämän sisällön välillä";

    [Fact]
    public async Task Eight_parallel_publishes_leave_one_latest_and_one_published_version_and_each_loser_a_conflict_message()
    {
        var site = await AdminSite.CreateAsync(host);
        var editor = await site.UserAsync("toimittaja", "Editor");
        var page = await site.AddPageAsync("Kyläkokous", owner: "toimittaja", publish: true);
        var forms = await Task.WhenAll(Enumerable.Range(1, 8).Select(_ => site.PageAsync(editor, $"admin/sisalto/{page.ContentItemId}")));

        var responses = await Task.WhenAll(forms.Select((form, n) =>
            site.PostFormAsync(editor, form, "Publish", new Dictionary<string, string> { ["TitlePart.Title"] = $"Kyläkokous {n + 1}" })));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        var losers = responses.Where(r => r.StatusCode != HttpStatusCode.Redirect).ToList();
        Assert.Equal(7, losers.Count);
        foreach (var loser in losers)
        {
            Assert.Equal(HttpStatusCode.OK, loser.StatusCode);
            Assert.Contains(ConflictHeading, await loser.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        var versions = await site.HistoryAsync(page.ContentItemId);
        Assert.Equal(2, versions.Count);
        Assert.Single(versions, v => v.Latest && v.Published);
        await AssertSearchFindsAsync(site, (await PublishAfterwardsAsync(site, "Jälkikirjoitus")).Slug!);
    }

    [Fact]
    public async Task A_double_clicked_publish_publishes_once_and_neither_click_sees_a_conflict()
    {
        var site = await AdminSite.CreateAsync(host);
        var editor = await site.UserAsync("toimittaja", "Editor");
        var page = await site.AddPageAsync("Teemailta", owner: "toimittaja", publish: true);
        var form = await site.PageAsync(editor, $"admin/sisalto/{page.ContentItemId}");
        var changes = new Dictionary<string, string> { ["TitlePart.Title"] = "Teemailta uudestaan" };

        var responses = await Task.WhenAll(site.PostFormAsync(editor, form, "Publish", changes), site.PostFormAsync(editor, form, "Publish", changes));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var versions = await site.HistoryAsync(page.ContentItemId);
        Assert.Equal(2, versions.Count);
        Assert.Equal("Teemailta uudestaan", Assert.Single(versions, v => v.Published).DisplayText);
    }

    [Fact]
    public async Task Parallel_creates_with_one_title_get_different_slugs()
    {
        var site = await AdminSite.CreateAsync(host);
        var editor = await site.UserAsync("toimittaja", "Editor");
        var forms = await Task.WhenAll(Enumerable.Range(1, 6).Select(_ => site.PageAsync(editor, "admin/sisalto/uusi/Page")));

        var responses = await Task.WhenAll(forms.Select(form =>
            site.PostFormAsync(editor, form, "Publish", new Dictionary<string, string> { ["TitlePart.Title"] = "Kyläjuhla" })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var slugs = (await site.LatestAsync("Page")).Select(p => p.Slug).ToList();
        Assert.Equal(6, slugs.Distinct().Count());
        Assert.Contains("kylajuhla", slugs);
    }

    private static Task<Verkostoportaali.Core.Content.ContentItem> PublishAfterwardsAsync(AdminSite site, string title) =>
        site.AddPageAsync(title, owner: "toimittaja", publish: true);

    // The site's search index goes on catching up after the storm: an item published afterwards is found.
    private async Task AssertSearchFindsAsync(AdminSite site, string slug)
    {
        var client = site.NewClient();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        string body;
        do
        {
            body = await client.GetStringAsync($"/api/search?q=j%C3%A4lkikirjoitus&tenant={site.Tenant.Name}");
            if (JsonDocument.Parse(body).RootElement.GetProperty("total").GetInt32() > 0)
            {
                Assert.Contains(slug, body, StringComparison.Ordinal);
                return;
            }
            await Task.Delay(200);
        }
        while (DateTime.UtcNow < deadline);
        Assert.Fail($"Search did not find the item published after the parallel saves within 30 s: {body}");
    }
}
