using System.Net;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Contents.Tests.Pages.ContentAdmin;

[Collection(PortalCollection.Name)]
public sealed class PreviewTests(PortalHost host)
{
    [Fact]
    public async Task Editor_previews_the_draft_with_a_banner_and_a_noindex_header()
    {
        var site = await AdminSite.CreateAsync(host);
        var editor = await site.UserAsync("toimittaja", "Editor");
        var draft = await site.AddPageAsync("Salainen luonnos", owner: "toimittaja");

        var response = await editor.GetAsync(site.Url($"admin/sisalto/{draft.ContentItemId}/esikatselu"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("noindex", string.Join(",", response.Headers.GetValues("X-Robots-Tag")), StringComparison.Ordinal);
        var page = AdminSite.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("Esikatselu – ei julkaistu", page.QuerySelector(".preview-banner")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Salainen luonnos", page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task Draft_is_not_shown_to_the_public_anonymous_visitors_or_other_tenants_users()
    {
        var site = await AdminSite.CreateAsync(host);
        var other = await AdminSite.CreateAsync(host);
        var draft = await site.AddPageAsync("Salainen luonnos", owner: "toimittaja");
        var otherEditor = await other.UserAsync("toimittaja", "Editor");
        var path = $"admin/sisalto/{draft.ContentItemId}/esikatselu";

        var anonymous = await site.NewClient().GetAsync(site.Url(path));
        var otherTenantsUser = await otherEditor.GetAsync(site.Url(path));
        var publicPage = await site.NewClient().GetAsync(site.Url("salainen-luonnos"));

        foreach (var response in new[] { anonymous, otherTenantsUser, publicPage })
        {
            Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain("Salainen luonnos", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.NotFound, publicPage.StatusCode);
    }

    [Fact]
    public async Task Contributor_cannot_preview_anothers_draft()
    {
        var site = await AdminSite.CreateAsync(host);
        var contributor = await site.UserAsync("avustaja", "Contributor");
        var draft = await site.AddPageAsync("Toisen luonnos", owner: "toimittaja");

        var response = await contributor.GetAsync(site.Url($"admin/sisalto/{draft.ContentItemId}/esikatselu"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
