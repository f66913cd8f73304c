using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Users.Tests.Security;

[Collection(PortalCollection.Name)]
public sealed class PermissionTests(PortalHost host)
{
    [Theory]
    [InlineData("admin/kayttajat")]
    [InlineData("admin/kayttajat/uusi")]
    [InlineData("admin/roolit")]
    [InlineData("admin/roolit/Editor")]
    [InlineData("admin/roolit/Editor/poista")]
    [InlineData("admin/auditointi")]
    public async Task Editor_gets_403_from_user_and_role_admin_pages(string path)
    {
        var site = await UsersSite.CreateAsync(host);
        await site.AddUserAsync("toimittaja", "Editor");
        var editor = await site.LogInAsync("toimittaja");

        var get = await editor.GetAsync(site.Url(path));
        var post = await editor.PostAsync(site.Url(path), new FormUrlEncodedContent([new("NewRole", "Hakkeri")]));

        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }

    [Fact]
    public async Task Editor_cannot_give_themselves_the_administrator_role_by_posting_the_form()
    {
        var site = await UsersSite.CreateAsync(host);
        await site.AddUserAsync("toimittaja", "Editor");
        var editor = await site.LogInAsync("toimittaja");
        var id = (await site.FindUserAsync("toimittaja"))!.Id;

        var response = await editor.PostAsync(site.Url($"admin/kayttajat/{id}?handler=Roles"),
            new FormUrlEncodedContent([new("Roles", "Administrator")]));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(["Editor"], await site.RolesOfAsync("toimittaja"));
    }

    [Theory]
    [InlineData("Editor", true, true)]
    [InlineData("Author", true, false)]
    [InlineData("Contributor", false, false)]
    public async Task Publishing_own_and_others_items_follows_the_role(string role, bool ownAllowed, bool othersAllowed)
    {
        var site = await UsersSite.CreateAsync(host);
        await site.AddUserAsync("kirjoittaja", role);
        var own = await AddPageAsync(site.Tenant, owner: "kirjoittaja");
        var others = await AddPageAsync(site.Tenant, owner: UsersSite.Admin);

        var canPublishOwn = await AuthorizeAsync(site.Tenant, "kirjoittaja", own, ContentOperation.Publish);
        var canPublishOthers = await AuthorizeAsync(site.Tenant, "kirjoittaja", others, ContentOperation.Publish);

        Assert.Equal(ownAllowed, canPublishOwn);
        Assert.Equal(othersAllowed, canPublishOthers);
    }

    [Fact]
    public async Task Contributor_may_edit_own_items_but_not_delete_them_nor_edit_others()
    {
        var site = await UsersSite.CreateAsync(host);
        await site.AddUserAsync("avustaja", "Contributor");
        var own = await AddPageAsync(site.Tenant, owner: "avustaja");
        var others = await AddPageAsync(site.Tenant, owner: UsersSite.Admin);

        Assert.True(await AuthorizeAsync(site.Tenant, "avustaja", own, ContentOperation.Edit));
        Assert.False(await AuthorizeAsync(site.Tenant, "avustaja", own, ContentOperation.Delete));
        Assert.False(await AuthorizeAsync(site.Tenant, "avustaja", others, ContentOperation.Edit));
    }

    [Fact]
    public void Permission_for_all_items_implies_the_permission_for_own_items_of_each_type()
    {
        var granted = new HashSet<string> { "EditContent" };

        Assert.True(ContentPermissions.For("Event", ContentOperation.Edit, own: true).IsGrantedBy(granted));
        Assert.True(ContentPermissions.For("Event", ContentOperation.Edit, own: false).IsGrantedBy(granted));
        Assert.False(ContentPermissions.For("Event", ContentOperation.Publish, own: true).IsGrantedBy(granted));
        Assert.True(ContentPermissions.For("Event", ContentOperation.Edit, own: true).IsGrantedBy(new HashSet<string> { "Edit_Event" }));
        Assert.False(ContentPermissions.For("Event", ContentOperation.Edit, own: false).IsGrantedBy(new HashSet<string> { "EditOwn_Event" }));
    }

    [Fact]
    public async Task Permission_given_in_the_role_editor_applies_at_the_users_next_request()
    {
        var site = await UsersSite.CreateAsync(host);
        await site.AddUserAsync("toimittaja", "Editor");
        var editor = await site.LogInAsync("toimittaja");
        var admin = await site.LogInAsync(UsersSite.Admin);
        var before = await editor.GetAsync(site.Url("admin/kayttajat"));
        var page = await HtmlPages.GetPageAsync(admin, site.Url("admin/roolit/Editor"));
        var form = page.QuerySelector("form.role-permissions")!;
        var granted = form.QuerySelectorAll("input[name=Permissions][checked]").Select(i => i.GetAttribute("value")!).Append("ManageUsers");

        var saved = await admin.PostAsync(site.Url("admin/roolit/Editor"), new FormUrlEncodedContent(
            granted.Select(p => new KeyValuePair<string, string>("Permissions", p)).Append(new("__RequestVerificationToken", UsersSite.Token(form)))));
        var after = await editor.GetAsync(site.Url("admin/kayttajat"));

        Assert.Equal(HttpStatusCode.Forbidden, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Role_taken_from_a_user_applies_at_their_next_request()
    {
        var site = await UsersSite.CreateAsync(host);
        await site.AddUserAsync("toinen-admin", "Administrator");
        var other = await site.LogInAsync("toinen-admin");
        var admin = await site.LogInAsync(UsersSite.Admin);
        var id = (await site.FindUserAsync("toinen-admin"))!.Id;

        var saved = await site.SubmitAsync(admin, $"admin/kayttajat/{id}", "form[action*=Roles]", new() { ["Roles"] = "Author" });
        var after = await other.GetAsync(site.Url("admin/kayttajat"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, after.StatusCode);
    }

    private Task<ContentItem> AddPageAsync(Tenant tenant, string owner) =>
        host.InTenantAsync<ContentManager, ContentItem>(tenant, async content =>
        {
            var item = await content.NewAsync("Page");
            item.Apply(new TitlePart("Sivu " + owner)).Apply(new AutoroutePart());
            item.Owner = owner;
            await content.CreateAsync(item, publish: false);
            return item;
        });

    private async Task<bool> AuthorizeAsync(Tenant tenant, string userName, ContentItem item, ContentOperation operation)
    {
        await using var scope = host.Services.GetRequiredService<TenantScopes>().Create(tenant);
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<IdentityUser>>();
        ClaimsPrincipal user = await signIn.CreateUserPrincipalAsync((await signIn.UserManager.FindByNameAsync(userName))!);
        var authorization = scope.ServiceProvider.GetRequiredService<IAuthorizationService>();
        return (await authorization.AuthorizeAsync(user, item, new ContentRequirement(operation))).Succeeded;
    }
}
