using System.Net;
using Microsoft.AspNetCore.Identity;
using Verkostoportaali.Testing;
using Verkostoportaali.Users.Administration;

namespace Verkostoportaali.Users.Tests.Administration;

[Collection(PortalCollection.Name)]
public sealed class GrantRulesTests(PortalHost host)
{
    private const string UserManagers = "Kayttajavastaavat";
    private const string RoleManagers = "Roolivastaavat";

    [Fact]
    public async Task No_role_lets_its_user_make_themselves_administrator_or_change_their_own_roles()
    {
        var site = await SiteWithCustomRolesAsync();
        var escalated = new List<string>();

        foreach (var role in new[] { "Administrator", "Editor", "Author", "Contributor", UserManagers, RoleManagers })
        {
            var userName = "itse-" + role.ToLowerInvariant();
            await site.AddUserAsync(userName, role);
            var client = await site.LogInAsync(userName);
            var wanted = role == "Administrator" ? "Editor" : "Administrator";

            await PostRolesAsync(site, client, userName, wanted);

            if (!(await site.RolesOfAsync(userName)).SequenceEqual([role]))
            {
                escalated.Add(role);
            }
        }

        Assert.Empty(escalated);
    }

    [Fact]
    public async Task Only_an_administrator_grants_administrator_to_another_user()
    {
        var site = await SiteWithCustomRolesAsync();
        await site.AddUserAsync("vastaava", UserManagers);
        await site.AddUserAsync("toinen", "Contributor");
        await site.AddUserAsync("kolmas", "Contributor");

        var refused = await PostRolesAsync(site, await site.LogInAsync("vastaava"), "toinen", "Contributor", "Administrator");
        var granted = await PostRolesAsync(site, await site.LogInAsync(UsersSite.Admin), "kolmas", "Contributor", "Administrator");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Vain pääkäyttäjä", (await UsersSite.ParseAsync(refused)).QuerySelector(".validation-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Contributor"], await site.RolesOfAsync("toinen"));
        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        Assert.Equal(["Administrator", "Contributor"], (await site.RolesOfAsync("kolmas")).Order());
    }

    [Fact]
    public async Task A_user_manager_grants_only_roles_whose_permissions_they_hold_and_cannot_take_away_others()
    {
        var site = await SiteWithCustomRolesAsync();
        await site.AddUserAsync("vastaava", UserManagers);
        await site.AddUserAsync("toimittaja", "Editor");
        var client = await site.LogInAsync("vastaava");

        var asEditor = await PostRolesAsync(site, client, "toimittaja", "Editor", "Author");
        var withoutEditor = await PostRolesAsync(site, client, "toimittaja");
        var form = await HtmlPages.GetPageAsync(client, site.Url($"admin/kayttajat/{await IdOfAsync(site, "toimittaja")}"));

        Assert.Equal(HttpStatusCode.OK, asEditor.StatusCode);
        Assert.Contains("kaikki sen oikeudet", (await UsersSite.ParseAsync(asEditor)).QuerySelector(".validation-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, withoutEditor.StatusCode);
        Assert.Equal(["Editor"], await site.RolesOfAsync("toimittaja"));
        Assert.True(form.QuerySelector("input[value=Editor]")!.HasAttribute("disabled"));
        Assert.False(form.QuerySelector($"input[value={UserManagers}]")!.HasAttribute("disabled"));
    }

    [Fact]
    public async Task A_role_manager_cannot_give_any_role_a_permission_they_do_not_hold()
    {
        var site = await SiteWithCustomRolesAsync();
        await site.AddUserAsync("roolit", RoleManagers);
        var client = await site.LogInAsync("roolit");

        var ownRole = await site.SubmitAsync(client, $"admin/roolit/{RoleManagers}", "form.role-permissions", [],
            ("Permissions", "AccessAdmin"), ("Permissions", "ManageRoles"), ("Permissions", "ManageUsers"));
        var administrator = await site.SubmitAsync(client, "admin/roolit/Administrator", "form.role-permissions", [],
            ("Permissions", "AccessAdmin"), ("Permissions", "ManageRoles"), ("Permissions", "ManageUsers"));
        var withinOwn = await site.SubmitAsync(client, "admin/roolit/Contributor", "form.role-permissions", [], ("Permissions", "AccessAdmin"));

        Assert.Equal(HttpStatusCode.OK, ownRole.StatusCode);
        Assert.Equal(["AccessAdmin", "ManageRoles"], (await PermissionsOfAsync(site, RoleManagers)).Order());
        Assert.Equal(HttpStatusCode.OK, administrator.StatusCode);
        Assert.Contains("ManageUsers", await PermissionsOfAsync(site, "Administrator"));
        Assert.Equal(HttpStatusCode.OK, withinOwn.StatusCode);
        Assert.NotNull((await UsersSite.ParseAsync(withinOwn)).QuerySelector(".validation-summary li"));
    }

    [Fact]
    public async Task On_the_portal_only_an_administrator_grants_portal_administrator()
    {
        var portal = UsersSite.Portal(host);
        await AddRoleAsync(portal, "Portaalin-kayttajat", "ManageUsers");
        await portal.AddUserAsync("portaali-vastaava", "Portaalin-kayttajat");
        await portal.AddUserAsync("portaali-uusi", "Contributor");
        var client = await portal.LogInAsync("portaali-vastaava");

        await PostRolesAsync(portal, client, "portaali-vastaava", "Portaalin-kayttajat", "PortalAdministrator");
        await PostRolesAsync(portal, client, "portaali-uusi", "Contributor", "PortalAdministrator");

        Assert.Equal(["Portaalin-kayttajat"], await portal.RolesOfAsync("portaali-vastaava"));
        Assert.Equal(["Contributor"], await portal.RolesOfAsync("portaali-uusi"));
    }

    [Fact]
    public async Task A_role_name_with_a_slash_is_refused_with_a_message()
    {
        var site = await UsersSite.CreateAsync(host);
        var admin = await site.LogInAsync(UsersSite.Admin);

        var response = await site.SubmitAsync(admin, "admin/roolit", "form.new-role", new() { ["NewRole"] = "Hallitus/Sihteeri" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ei voi sisältää", (await UsersSite.ParseAsync(response)).QuerySelector("#NewRole-error")!.TextContent, StringComparison.Ordinal);
        Assert.Null(await site.InTenantAsync<RoleManager<IdentityRole>, IdentityRole?>(r => r.FindByNameAsync("Hallitus/Sihteeri")));
    }

    /// <summary>A site with a role that manages users and one that manages roles, each with no other rights.</summary>
    private async Task<UsersSite> SiteWithCustomRolesAsync()
    {
        var site = await UsersSite.CreateAsync(host);
        await AddRoleAsync(site, UserManagers, "ManageUsers");
        await AddRoleAsync(site, RoleManagers, "ManageRoles");
        return site;
    }

    /// <summary>A custom role that can open the admin and do one more thing.</summary>
    private static async Task AddRoleAsync(UsersSite site, string role, string permission)
    {
        var created = await site.InTenantAsync<RoleChanges, IdentityResult>(changes => changes.CreateAsync(role, default));
        var identityRole = await site.InTenantAsync<RoleManager<IdentityRole>, IdentityRole?>(r => r.FindByNameAsync(role));
        var granted = await site.InTenantAsync<RoleChanges, IdentityResult>(changes =>
            changes.SetPermissionsAsync(identityRole!, new HashSet<string> { "AccessAdmin", permission }, default));
        Assert.True(created.Succeeded && granted.Succeeded);
    }

    /// <summary>Posts the roles form of a user's page as the signed-in client, with a token from the client's own account page.</summary>
    private static async Task<HttpResponseMessage> PostRolesAsync(UsersSite site, HttpClient client, string userName, params string[] roles)
    {
        var account = await HtmlPages.GetPageAsync(client, site.Url("admin/tili"));
        var token = UsersSite.Token(account.QuerySelector("form.account-language")!);
        var fields = roles.Select(r => new KeyValuePair<string, string>("Roles", r)).Append(new("__RequestVerificationToken", token));
        return await client.PostAsync(site.Url($"admin/kayttajat/{await IdOfAsync(site, userName)}?handler=Roles"), new FormUrlEncodedContent(fields));
    }

    private static async Task<string> IdOfAsync(UsersSite site, string userName) => (await site.FindUserAsync(userName))!.Id;

    private static Task<IReadOnlySet<string>> PermissionsOfAsync(UsersSite site, string role) =>
        site.InTenantAsync<RoleChanges, IReadOnlySet<string>>(async changes =>
            await changes.PermissionsOfAsync((await site.InTenantAsync<RoleManager<IdentityRole>, IdentityRole?>(r => r.FindByNameAsync(role)))!, default));
}
