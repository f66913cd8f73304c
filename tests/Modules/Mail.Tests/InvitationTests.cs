using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Identity;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Testing;
using Verkostoportaali.Users.Administration;
using Verkostoportaali.Users.Invitations;

namespace Verkostoportaali.Mail.Tests;

/// <summary>The Users module's invitations and the user page's mail buttons, with the mail going through a real SMTP server.</summary>
[Collection(SmtpCollection.Name)]
public sealed class InvitationTests(SmtpPortal portal)
{
    private const string Admin = "kutsuja";
    private const string BrokenLink = "Kutsulinkki ei kelpaa";

    [Fact]
    public async Task An_invited_editor_sets_a_password_by_the_mailed_link_once_and_logs_in_as_editor()
    {
        var site = await SiteAsync();
        var admin = await LogInAsync(site, Admin);

        var invited = await InviteAsync(site, admin, "uusi.toimittaja@example.fi", "Editor");
        var mail = await portal.Smtp.FirstToAsync("uusi.toimittaja@example.fi");
        var link = SmtpServer.LinkIn(mail, "kutsu");
        var client = site.NewClient();
        var accepted = await MailSite.SetPasswordAsync(client, link, MailSite.NewPassword);
        var login = await site.PostLoginAsync(site.NewClient(), "uusi.toimittaja@example.fi", MailSite.NewPassword);
        var again = await client.GetAsync(link);

        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        Assert.Equal($"Kutsu sivustolle {site.Tenant.DisplayName}", mail.Subject);
        Assert.Contains($"http://localhost/{site.Tenant.Name}/", mail.TextBody);
        Assert.StartsWith($"http://localhost/{site.Tenant.Name}/kutsu?user=", link);
        Assert.Equal("no-referrer", (await client.GetAsync(link)).Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("Salasanasi on asetettu", await accepted.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(["Editor"], await RolesOfAsync(site.Tenant, "uusi.toimittaja@example.fi"));
        Assert.True((await UserAsync(site.Tenant, "uusi.toimittaja@example.fi"))!.EmailConfirmed);
        Assert.Contains(BrokenLink, await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_invitation_link_taken_to_another_site_is_refused()
    {
        var site = await SiteAsync();
        var other = await SiteAsync();
        await InviteAsync(site, await LogInAsync(site, Admin), "muualle@example.fi", "Author");
        var link = SmtpServer.LinkIn(await portal.Smtp.FirstToAsync("muualle@example.fi"), "kutsu");

        var response = await other.NewClient().GetAsync(link.Replace($"/{site.Tenant.Name}/", $"/{other.Tenant.Name}/", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(BrokenLink, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_invitation_link_older_than_seven_days_gets_a_message_while_a_younger_one_opens_the_form()
    {
        var site = await SiteAsync();
        await InviteAsync(site, await LogInAsync(site, Admin), "vanha.kutsu@example.fi", "Author");
        var link = SmtpServer.LinkIn(await portal.Smtp.FirstToAsync("vanha.kutsu@example.fi"), "kutsu");

        var expired = await HtmlPages.GetPageAsync(site.NewClient(), await BackdatedAsync(site, link, TimeSpan.FromDays(7) + TimeSpan.FromMinutes(5)));
        var young = await HtmlPages.GetPageAsync(site.NewClient(), await BackdatedAsync(site, link, TimeSpan.FromDays(7) - TimeSpan.FromMinutes(5)));

        Assert.Contains(BrokenLink, expired.QuerySelector("main")!.TextContent);
        Assert.Null(expired.QuerySelector("main form"));
        Assert.DoesNotContain(BrokenLink, young.QuerySelector("main")!.TextContent);
        Assert.NotNull(young.QuerySelector("main form input[name='Input.Password']"));
    }

    private Task<string> BackdatedAsync(MailSite site, string link, TimeSpan age) =>
        BackdatedTokens.LinkAsync(portal.Host.Services, site.Tenant, link, InvitationTokens.ProviderName, InvitationTokens.Purpose, age);

    [Theory]
    [InlineData("ei-osoite", "Anna kelvollinen sähköpostiosoite")]
    [InlineData("ei@verkkotunnusta", "Anna kelvollinen sähköpostiosoite")]
    [InlineData("varattu@example.fi", "kuuluu jo tämän sivuston")]
    public async Task A_bad_or_taken_address_gets_a_message_next_to_the_field_and_creates_nothing(string email, string message)
    {
        var site = await SiteAsync();
        await site.AddAccountAsync("varattu", "varattu@example.fi");

        var response = await InviteAsync(site, await LogInAsync(site, Admin), email, "Editor");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await FieldErrorAsync(response, "Input_Email"));
        Assert.Null(await UserAsync(site.Tenant, email));
        Assert.Empty(await site.OutboxAsync());
    }

    [Fact]
    public async Task A_user_manager_cannot_invite_with_a_role_they_may_not_grant()
    {
        var site = await SiteAsync();
        await AddUserManagersRoleAsync(site);
        await site.AddAccountAsync("vastaava", email: null, "Kayttajavastaavat");

        var response = await InviteAsync(site, await LogInAsync(site, "vastaava"), "liikaa@example.fi", "Editor");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("kaikki sen oikeudet", await FieldErrorAsync(response, "Input_Roles"));
        Assert.Null(await UserAsync(site.Tenant, "liikaa@example.fi"));
        Assert.Empty(await site.OutboxAsync());
    }

    [Fact]
    public async Task The_user_page_sends_the_invitation_again_and_a_reset_link_to_an_account_with_a_password()
    {
        var site = await SiteAsync();
        await site.AddAccountAsync("salasanallinen", "salasanallinen@example.fi");
        var admin = await LogInAsync(site, Admin);
        await InviteAsync(site, admin, "unohti@example.fi", "Author");
        await portal.Smtp.FirstToAsync("unohti@example.fi");

        var again = await PostUserButtonAsync(site, admin, "unohti@example.fi", "InviteAgain");
        var reset = await PostUserButtonAsync(site, admin, "salasanallinen", "ResetLink");
        await Eventually.TrueAsync(() => Task.FromResult(portal.Smtp.MessagesTo("unohti@example.fi").Count == 2), "the second invitation");
        var resetMail = await portal.Smtp.FirstToAsync("salasanallinen@example.fi");

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.StartsWith($"http://localhost/{site.Tenant.Name}/salasana-uusi?", MailSite.ResetLink(resetMail));
    }

    private Task<MailSite> SiteAsync() => MailSite.CreateAsync(portal.Host, Admin, email: null, "Administrator");

    private static async Task<HttpClient> LogInAsync(MailSite site, string userName)
    {
        var client = site.NewClient();
        await TenantUsers.LogInAsync(client, $"/{site.Tenant.Name}/", userName);
        return client;
    }

    private static Task<HttpResponseMessage> InviteAsync(MailSite site, HttpClient client, string email, string role) =>
        HtmlPages.SubmitAsync(client, site.Url("admin/kayttajat/kutsu"), "main form",
            new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Roles"] = role });

    private async Task<HttpResponseMessage> PostUserButtonAsync(MailSite site, HttpClient client, string userName, string handler)
    {
        var user = await UserAsync(site.Tenant, userName);
        return await HtmlPages.SubmitAsync(client, site.Url($"admin/kayttajat/{user!.Id}"), $"form[action*='handler={handler}']",
            new Dictionary<string, string>());
    }

    private static async Task<string> FieldErrorAsync(HttpResponseMessage response, string field) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelector($"#{field}-error")?.TextContent ?? "";

    private Task<IdentityUser?> UserAsync(Tenant tenant, string userName) =>
        portal.Host.InTenantAsync<UserManager<IdentityUser>, IdentityUser?>(tenant, users => users.FindByNameAsync(userName));

    private async Task<IList<string>> RolesOfAsync(Tenant tenant, string userName) =>
        await portal.Host.InTenantAsync<UserManager<IdentityUser>, IList<string>>(tenant,
            async users => await users.GetRolesAsync((await users.FindByNameAsync(userName))!));

    /// <summary>A custom role that can open the admin and manage users, but holds no content permissions.</summary>
    private async Task AddUserManagersRoleAsync(MailSite site)
    {
        var created = await portal.Host.InTenantAsync<RoleChanges, IdentityResult>(site.Tenant, changes => changes.CreateAsync("Kayttajavastaavat", default));
        var role = await portal.Host.InTenantAsync<RoleManager<IdentityRole>, IdentityRole?>(site.Tenant, roles => roles.FindByNameAsync("Kayttajavastaavat"));
        var granted = await portal.Host.InTenantAsync<RoleChanges, IdentityResult>(site.Tenant, changes =>
            changes.SetPermissionsAsync(role!, new HashSet<string> { "AccessAdmin", "ManageUsers" }, default));
        Assert.True(created.Succeeded && granted.Succeeded);
    }
}
