using System.Net;
using Microsoft.EntityFrameworkCore;
using Verkostoportaali.AuditTrail;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Contents.Tests.Pages.ContentAdmin;

[Collection(PortalCollection.Name)]
public sealed class AuditedChangesTests(PortalHost host)
{
    [Fact]
    public async Task Create_publish_unpublish_and_delete_in_the_admin_are_recorded_with_the_user_who_did_them()
    {
        var site = await AdminSite.CreateAsync(host);
        var editor = await site.UserAsync("toimittaja", "Editor");

        await site.SubmitAsync(editor, "admin/sisalto/uusi/Page", "Save", new Dictionary<string, string> { ["TitlePart.Title"] = "Kyläkirje" });
        var id = Assert.Single(await site.LatestAsync("Page")).ContentItemId;
        await site.SubmitAsync(editor, $"admin/sisalto/{id}", "Publish");
        await site.SubmitAsync(editor, $"admin/sisalto/{id}", "Unpublish");
        var confirmation = await site.PageAsync(editor, $"admin/sisalto/{id}/poista");
        var deleted = await editor.PostAsync(site.Url($"admin/sisalto/{id}/poista"),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = AdminSite.Token(confirmation) }));

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        var entries = await EntriesAsync(site, id);
        Assert.Equal(["Created", "Published", "Unpublished", "Removed"], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(("toimittaja", "Page", "Kyläkirje", site.Tenant.Name),
            (e.UserName, e.SubjectType, e.Description, e.Tenant)));
    }

    [Fact]
    public async Task Refused_publish_leaves_no_entry()
    {
        var site = await AdminSite.CreateAsync(host);
        var contributor = await site.UserAsync("avustaja", "Contributor");
        var page = await site.AddPageAsync("Avustajan sivu", owner: "avustaja");
        var edit = await site.PageAsync(contributor, $"admin/sisalto/{page.ContentItemId}");

        var publish = await contributor.PostAsync(site.Url($"admin/sisalto/{page.ContentItemId}?handler=Publish"),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = AdminSite.Token(edit) }));

        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
        Assert.Equal(["Created"], (await EntriesAsync(site, page.ContentItemId)).Select(e => e.Action));
    }

    private Task<List<AuditEntry>> EntriesAsync(AdminSite site, string contentItemId) =>
        host.InTenantAsync<TenantDbContext, List<AuditEntry>>(site.Tenant,
            db => db.Set<AuditEntry>().AsNoTracking().Where(e => e.SubjectId == contentItemId).OrderBy(e => e.Id).ToListAsync());
}
