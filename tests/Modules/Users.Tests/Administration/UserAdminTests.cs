using System.Net;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Users.Tests.Administration;

[Collection(PortalCollection.Name)]
public sealed class UserAdminTests(PortalHost host)
{
    [Fact]
    public async Task Administrator_adds_a_user_with_roles_who_can_then_log_in_and_the_change_is_audited()
    {
        var site = await UsersSite.CreateAsync(host);
        var admin = await site.LogInAsync(UsersSite.Admin);

        var response = await site.SubmitAsync(admin, "admin/kayttajat/uusi", "main form", new()
        {
            ["Input.UserName"] = "Päivi",
            ["Input.Email"] = "paivi@example.fi",
            ["Input.Password"] = TenantUsers.Password,
        }, ("Input.Roles", "Editor"), ("Input.Roles", "Author"));
        var list = await HtmlPages.GetPageAsync(admin, site.Url("admin/kayttajat?q=paiv"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(["Author", "Editor"], (await site.RolesOfAsync("Päivi")).Order());
        await site.LogInAsync("Päivi");
        Assert.Contains("paivi@example.fi", list.QuerySelector("table.users")!.TextContent, StringComparison.Ordinal);
        var entry = Assert.Single(await site.AuditAsync(), e => e.Action == "UserCreated" && e.SubjectId == "Päivi");
        Assert.Equal((UsersSite.Admin, "Päivi", site.Tenant.Name), (entry.UserName, entry.SubjectId, entry.Tenant));
    }

    [Fact]
    public async Task Weak_password_is_explained_next_to_the_field_in_finnish_and_nothing_is_saved()
    {
        var site = await UsersSite.CreateAsync(host);
        var admin = await site.LogInAsync(UsersSite.Admin);

        var response = await site.SubmitAsync(admin, "admin/kayttajat/uusi", "main form", new()
        {
            ["Input.UserName"] = "heikko",
            ["Input.Password"] = "lyhyt",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await UsersSite.ParseAsync(response);
        var error = page.QuerySelector("#Input_Password-error")!.TextContent;
        Assert.Contains("vähintään 12 merkkiä", error, StringComparison.Ordinal);
        Assert.Equal("Input_Password-error", page.QuerySelector("#Input_Password")!.GetAttribute("aria-describedby"));
        Assert.Null(await site.FindUserAsync("heikko"));
        Assert.DoesNotContain(await site.AuditAsync(), e => e.Action == "UserCreated" && e.SubjectId == "heikko");
    }

    [Fact]
    public async Task Empty_and_too_long_fields_get_messages_and_nothing_is_saved()
    {
        var site = await UsersSite.CreateAsync(host);
        var admin = await site.LogInAsync(UsersSite.Admin);

        var response = await site.SubmitAsync(admin, "admin/kayttajat/uusi", "main form", new()
        {
            ["Input.UserName"] = "",
            ["Input.Email"] = new string('a', 300) + "@example.fi",
            ["Input.Password"] = "",
        });

        var page = await UsersSite.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Anna käyttäjätunnus.", page.QuerySelector("#Input_UserName-error")!.TextContent);
        Assert.Equal("Anna salasana.", page.QuerySelector("#Input_Password-error")!.TextContent);
        Assert.NotNull(page.QuerySelector("#Input_Email-error"));
    }

    [Fact]
    public async Task Users_list_pages_and_searches_by_name()
    {
        var site = await UsersSite.CreateAsync(host);
        for (var i = 0; i < 26; i++)
        {
            await site.AddUserAsync($"kayttaja-{i:00}", "Contributor");
        }
        var admin = await site.LogInAsync(UsersSite.Admin);

        var first = await HtmlPages.GetPageAsync(admin, site.Url("admin/kayttajat"));
        var second = await HtmlPages.GetPageAsync(admin, site.Url("admin/kayttajat?page=2"));
        var search = await HtmlPages.GetPageAsync(admin, site.Url("admin/kayttajat?q=KAYTTAJA-07"));
        var outOfRange = await admin.GetAsync(site.Url("admin/kayttajat?page=999"));

        Assert.Equal(25, first.QuerySelectorAll("table.users tbody tr").Length);
        Assert.Equal(2, second.QuerySelectorAll("table.users tbody tr").Length);
        Assert.Equal("kayttaja-07", Assert.Single(search.QuerySelectorAll("table.users tbody th")).TextContent);
        Assert.Equal(HttpStatusCode.OK, outOfRange.StatusCode);
    }

    [Fact]
    public async Task An_administrator_cannot_remove_their_own_administrator_role()
    {
        var site = await UsersSite.CreateAsync(host);
        var admin = await site.LogInAsync(UsersSite.Admin);
        var id = (await site.FindUserAsync(UsersSite.Admin))!.Id;

        var response = await site.SubmitAsync(admin, $"admin/kayttajat/{id}", "form[action*=Roles]", new() { ["Roles"] = "Editor" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("omia roolejasi", (await UsersSite.ParseAsync(response)).QuerySelector(".validation-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Administrator"], await site.RolesOfAsync(UsersSite.Admin));
        Assert.DoesNotContain(await site.AuditAsync(), e => e.Action == "UserRolesChanged");
    }

    [Fact]
    public async Task Changing_a_users_roles_and_locking_and_unlocking_the_account_are_audited_with_the_administrator()
    {
        var site = await UsersSite.CreateAsync(host);
        await site.AddUserAsync("toimittaja", "Editor");
        var admin = await site.LogInAsync(UsersSite.Admin);
        var url = $"admin/kayttajat/{(await site.FindUserAsync("toimittaja"))!.Id}";

        var roles = await site.SubmitAsync(admin, url, "form[action*=Roles]", [], ("Roles", "Author"), ("Roles", "Editor"));
        var locked = await site.SubmitAsync(admin, url, "form[action*=Lock]", []);
        var unlocked = await site.SubmitAsync(admin, url, "form[action*=Unlock]", []);

        Assert.All([roles, locked, unlocked], r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var entries = (await site.AuditAsync()).Where(e => e.SubjectId == "toimittaja" && e.Action != "UserCreated").ToList();
        Assert.Equal(["UserRolesChanged", "UserLocked", "UserUnlocked"], entries.Select(e => e.Action));
        Assert.Equal("Author, Editor", entries[0].Description);
        Assert.All(entries, e => Assert.Equal((UsersSite.Admin, "User", site.Tenant.Name), (e.UserName, e.SubjectType, e.Tenant)));
    }

    [Fact]
    public async Task Administrator_cannot_delete_their_own_account()
    {
        var site = await UsersSite.CreateAsync(host);
        var admin = await site.LogInAsync(UsersSite.Admin);
        var id = (await site.FindUserAsync(UsersSite.Admin))!.Id;

        var response = await site.SubmitAsync(admin, $"admin/kayttajat/{id}/poista", "main form", []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(await site.FindUserAsync(UsersSite.Admin));
    }

    [Fact]
    public async Task Deleting_a_user_asks_first_and_then_removes_the_account_and_its_roles()
    {
        var site = await UsersSite.CreateAsync(host);
        await site.AddUserAsync("lahtija", "Editor");
        var admin = await site.LogInAsync(UsersSite.Admin);
        var id = (await site.FindUserAsync("lahtija"))!.Id;

        var confirmation = await HtmlPages.GetPageAsync(admin, site.Url($"admin/kayttajat/{id}/poista"));
        var stillThere = await site.FindUserAsync("lahtija");
        var response = await site.SubmitAsync(admin, $"admin/kayttajat/{id}/poista", "main form", []);

        Assert.Contains("lahtija", confirmation.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(stillThere);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null(await site.FindUserAsync("lahtija"));
        Assert.Contains(await site.AuditAsync(), e => e.Action == "UserDeleted" && e.SubjectId == "lahtija" && e.UserName == UsersSite.Admin);
    }

    [Fact]
    public async Task Unknown_user_id_is_404()
    {
        var site = await UsersSite.CreateAsync(host);
        var admin = await site.LogInAsync(UsersSite.Admin);

        var response = await admin.GetAsync(site.Url("admin/kayttajat/ei-ole"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
