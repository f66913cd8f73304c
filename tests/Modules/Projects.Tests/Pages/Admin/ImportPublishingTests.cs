using AngleSharp.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Contents.Import;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Projects.Import;
using Verkostoportaali.Testing;
using Verkostoportaali.Users.Administration;

namespace Verkostoportaali.Projects.Tests.Pages.Admin;

/// <summary>What an import on <c>/admin/tuonti</c> asked to publish publishes: only what it writes, and only with the right to.</summary>
[Collection(PortalCollection.Name)]
public sealed class ImportPublishingTests(PortalHost host)
{
    [Fact]
    public async Task Publishing_import_over_another_users_pending_draft_publishes_neither_and_says_the_project_was_saved_as_a_draft()
    {
        var site = await TestProjects.CreateSiteAsync(host);
        var id = await host.InTenantAsync<RegisterImporter, string>(site, async importer => (await importer.ImportAsync(
            Assert.Single(RegisterCardReader.ReadAll(Fixtures.Text(Fixtures.Seed001))), new ImportOptions(true, false, "import"))).ContentItemId!);
        await TestProjects.DraftAsync(host, site, id, "toinen", card => card with { Measure = "Toisen luonnos" });
        await TenantUsers.AddAsync(host.Services, site, "toimittaja", "Editor");

        var page = await ImportAsync(site, "toimittaja", TestProjects.Seed001Extended);

        Assert.StartsWith("Tallennettiin luonnoksena eikä julkaistu: sisällöllä on julkaisematon luonnos",
            page.QuerySelector(".import-not-published")?.TextContent, StringComparison.Ordinal);
        var versions = await TestProjects.HistoryAsync(host, site, id);
        Assert.Equal([("import", true, "Kehittämishanke"), ("toinen", false, "Toisen luonnos"), ("toimittaja", false, "Toisen luonnos")],
            versions.Select(v => (v.Author, v.Published, v.Get<RegisterCardPart>()!.Measure)));
        Assert.Equal(new DateOnly(2024, 12, 31), versions[^1].Get<RegisterCardPart>()!.EndDate);
    }

    [Fact]
    public async Task Publishing_import_by_a_user_who_may_not_publish_saves_the_project_as_a_draft_and_says_so()
    {
        var site = await TestProjects.CreateSiteAsync(host);
        await AddRoleAsync(site, "Tuoja", CorePermissions.AccessAdmin.Name, ProjectsModule.ImportProjects.Name, ContentPermissions.Edit.Name);
        await TenantUsers.AddAsync(host.Services, site, "tuoja", "Tuoja");

        var page = await ImportAsync(site, "tuoja", Fixtures.Text(Fixtures.Seed003));

        Assert.Equal("Tallennettiin luonnoksena eikä julkaistu: sinulla ei ole oikeutta julkaista tätä sisältöä.",
            page.QuerySelector(".import-not-published")?.TextContent);
        Assert.False(Assert.Single(await new Import.ImportRun(host, site).ProjectsAsync()).Published);
    }

    // Signs the user in and posts the text to the page's import handler with "publish" chosen, as its confirmation does.
    private async Task<IDocument> ImportAsync(Tenant site, string user, string text)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await TenantUsers.LogInAsync(client, $"/{site.Name}/", user);
        var url = $"/{site.Name}/admin/tuonti";
        var form = await HtmlPages.GetPageAsync(client, url);
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await client.PostAsync($"{url}?handler=Import", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Text"] = text, ["Publish"] = "true", ["__RequestVerificationToken"] = token,
        }));
        response.EnsureSuccessStatusCode();
        return new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    private async Task AddRoleAsync(Tenant site, string name, params string[] permissions)
    {
        await using var scope = host.Services.GetRequiredService<TenantScopes>().Create(site);
        var changes = scope.ServiceProvider.GetRequiredService<RoleChanges>();
        Assert.True((await changes.CreateAsync(name, CancellationToken.None)).Succeeded);
        var role = (await scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>().FindByNameAsync(name))!;
        Assert.True((await changes.SetPermissionsAsync(role, permissions.ToHashSet(), CancellationToken.None)).Succeeded);
    }
}
