using System.Net;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Users.Tests.Administration;

[Collection(PortalCollection.Name)]
public sealed class RoleAdminTests(PortalHost host)
{
    [Fact]
    public async Task Role_editor_lists_the_permissions_of_each_content_type_under_its_label()
    {
        var site = await UsersSite.CreateAsync(host);
        var admin = await site.LogInAsync(UsersSite.Admin);

        var page = await HtmlPages.GetPageAsync(admin, site.Url("admin/roolit/Author"));

        var legends = page.QuerySelectorAll("fieldset legend").Select(l => l.TextContent).ToList();
        Assert.Contains("Yleiset", legends);
        Assert.Contains("Käyttäjät", legends);
        var pageGroup = page.QuerySelectorAll("fieldset").Single(f => f.QuerySelector("legend")!.TextContent == "Sivu");
        Assert.Contains("Julkaise omaa sisältöä: Sivu", pageGroup.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("input[value=PublishOwnContent][checked]"));
        Assert.Null(page.QuerySelector("input[value=PublishContent][checked]"));
    }

    [Fact]
    public async Task Administrator_creates_a_custom_role_gives_it_permissions_and_deletes_it_all_audited()
    {
        var site = await UsersSite.CreateAsync(host);
        var admin = await site.LogInAsync(UsersSite.Admin);

        var created = await site.SubmitAsync(admin, "admin/roolit", "form.new-role", new() { ["NewRole"] = "Tapahtumavastaava" });
        var saved = await site.SubmitAsync(admin, "admin/roolit/Tapahtumavastaava", "form.role-permissions", [],
            ("Permissions", "AccessAdmin"), ("Permissions", "Edit_Page"), ("Permissions", "NotAPermission"));
        var editor = await HtmlPages.GetPageAsync(admin, site.Url("admin/roolit/Tapahtumavastaava"));
        var deleted = await site.SubmitAsync(admin, "admin/roolit/Tapahtumavastaava/poista", "main form", []);
        var gone = await admin.GetAsync(site.Url("admin/roolit/Tapahtumavastaava"));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(["AccessAdmin", "Edit_Page"], editor.QuerySelectorAll("input[name=Permissions][checked]").Select(i => i.GetAttribute("value")).Order());
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        var audit = (await site.AuditAsync()).Where(e => e.SubjectId == "Tapahtumavastaava").ToList();
        Assert.Equal(["RoleCreated", "RolePermissionsChanged", "RoleDeleted"], audit.Select(e => e.Action));
        Assert.Equal("+ AccessAdmin, Edit_Page", audit[1].Description);
    }

    [Fact]
    public async Task Default_role_cannot_be_deleted()
    {
        var site = await UsersSite.CreateAsync(host);
        var admin = await site.LogInAsync(UsersSite.Admin);

        var response = await site.SubmitAsync(admin, "admin/roolit/Editor/poista", "main form", []);
        var roles = await HtmlPages.GetPageAsync(admin, site.Url("admin/roolit"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Oletusroolia ei voi poistaa.", (await UsersSite.ParseAsync(response)).QuerySelector(".validation-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Toimittaja", roles.QuerySelector("table.roles")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Duplicate_role_name_gets_a_message_next_to_the_field()
    {
        var site = await UsersSite.CreateAsync(host);
        var admin = await site.LogInAsync(UsersSite.Admin);

        var response = await site.SubmitAsync(admin, "admin/roolit", "form.new-role", new() { ["NewRole"] = "Editor" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("on jo käytössä", (await UsersSite.ParseAsync(response)).QuerySelector("#NewRole-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Administrator_role_keeps_the_permission_to_manage_roles()
    {
        var site = await UsersSite.CreateAsync(host);
        var admin = await site.LogInAsync(UsersSite.Admin);

        var response = await site.SubmitAsync(admin, "admin/roolit/Administrator", "form.role-permissions", [], ("Permissions", "AccessAdmin"));
        var stillAllowed = await admin.GetAsync(site.Url("admin/roolit"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await UsersSite.ParseAsync(response)).QuerySelector(".validation-summary li"));
        Assert.Equal(HttpStatusCode.OK, stillAllowed.StatusCode);
    }
}
