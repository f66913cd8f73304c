using System.Net;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Users.Tests.Administration;

[Collection(PortalCollection.Name)]
public sealed class AccountTests(PortalHost host)
{
    private const string NewPassword = "Uusi-Kylätalo-2027!";

    [Fact]
    public async Task User_changes_their_password_and_logs_in_with_the_new_one()
    {
        var site = await UsersSite.CreateAsync(host);
        await site.AddUserAsync("toimittaja", "Editor");
        var editor = await site.LogInAsync("toimittaja");

        var response = await site.SubmitAsync(editor, "admin/tili", "form.account-password", new()
        {
            ["Password.Current"] = TenantUsers.Password,
            ["Password.New"] = NewPassword,
            ["Password.Confirm"] = NewPassword,
        });
        var withOld = await site.PostLoginAsync(site.NewClient(), "toimittaja", TenantUsers.Password);
        var withNew = await site.PostLoginAsync(site.NewClient(), "toimittaja", NewPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withOld.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, withNew.StatusCode);
        Assert.Contains(await site.AuditAsync(), e => e.Action == "PasswordChanged" && e.UserName == "toimittaja");
    }

    [Fact]
    public async Task Wrong_current_password_is_explained_next_to_its_field()
    {
        var site = await UsersSite.CreateAsync(host);
        var admin = await site.LogInAsync(UsersSite.Admin);

        var response = await site.SubmitAsync(admin, "admin/tili", "form.account-password", new()
        {
            ["Password.Current"] = "Ei-oikea-salasana-1!",
            ["Password.New"] = NewPassword,
            ["Password.Confirm"] = NewPassword,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Salasana on väärin.", (await UsersSite.ParseAsync(response)).QuerySelector("#Password_Current-error")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await site.PostLoginAsync(site.NewClient(), UsersSite.Admin, TenantUsers.Password)).StatusCode);
    }

    [Fact]
    public async Task New_password_that_breaks_the_rules_lists_each_rule_in_finnish()
    {
        var site = await UsersSite.CreateAsync(host);
        var admin = await site.LogInAsync(UsersSite.Admin);

        var response = await site.SubmitAsync(admin, "admin/tili", "form.account-password", new()
        {
            ["Password.Current"] = TenantUsers.Password,
            ["Password.New"] = "lyhytsana",
            ["Password.Confirm"] = "lyhytsana",
        });

        var error = (await UsersSite.ParseAsync(response)).QuerySelector("#Password_New-error")!.TextContent;
        Assert.Contains("vähintään 12 merkkiä", error, StringComparison.Ordinal);
        Assert.Contains("iso kirjain", error, StringComparison.Ordinal);
        Assert.Contains("numero", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_bar_links_to_the_users_own_account_page()
    {
        var site = await UsersSite.CreateAsync(host);
        var admin = await site.LogInAsync(UsersSite.Admin);

        var dashboard = await HtmlPages.GetPageAsync(admin, site.Url("admin"));

        Assert.Equal(site.Url("admin/tili"), dashboard.QuerySelector(".admin-bar a[href$='/admin/tili']")?.GetAttribute("href"));
    }
}
