using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Mail;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Users.Tests.Accounts;

/// <summary>A new account with a password is welcomed by mail: where to log in and where to choose notifications, never the password.</summary>
[Collection(MailPortalCollection.Name)]
public sealed class WelcomeMailTests(MailPortal portal)
{
    private const string Password = "Tervetuloa-2026-kylään!";

    [Fact]
    public async Task A_user_an_administrator_adds_with_an_address_is_welcomed_without_the_password()
    {
        var site = await UsersSite.CreateAsync(portal.Host);

        var response = await site.SubmitAsync(await site.LogInAsync(UsersSite.Admin), "admin/kayttajat/uusi", "main form", new()
        {
            ["Input.UserName"] = "uusi-toimittaja",
            ["Input.Email"] = "uusi.toimittaja@example.fi",
            ["Input.Password"] = Password,
            ["Input.Roles"] = "Editor",
        });
        var mail = await portal.MailToAsync("uusi.toimittaja@example.fi", "Tervetuloa");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        AssertWelcomes(site, mail, "uusi-toimittaja");
    }

    [Fact]
    public async Task A_user_added_without_an_address_gets_no_mail_and_a_refused_one_none_either()
    {
        var site = await UsersSite.CreateAsync(portal.Host);
        var admin = await site.LogInAsync(UsersSite.Admin);

        var added = await site.SubmitAsync(admin, "admin/kayttajat/uusi", "main form", new()
        {
            ["Input.UserName"] = "osoitteeton",
            ["Input.Password"] = Password,
        });
        var refused = await site.SubmitAsync(admin, "admin/kayttajat/uusi", "main form", new()
        {
            ["Input.UserName"] = "heikko",
            ["Input.Email"] = "heikko@example.fi",
            ["Input.Password"] = "lyhyt",
        });

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.OK), (added.StatusCode, refused.StatusCode));
        Assert.NotNull(await site.FindUserAsync("osoitteeton"));
        Assert.Empty(await site.InTenantAsync<TenantDbContext, List<QueuedMail>>(db => db.Set<QueuedMail>().AsNoTracking().ToListAsync()));
    }

    [Fact]
    public async Task An_invitee_who_sets_a_password_is_welcomed()
    {
        var site = await UsersSite.CreateAsync(portal.Host);
        var link = await InvitationLinkAsync(site, "kutsuttu@example.fi");
        var client = site.NewClient();

        var set = await HtmlPages.SubmitAsync(client, link, "main form",
            new Dictionary<string, string> { ["Input.Password"] = Password, ["Input.Repeat"] = Password });
        var mail = await portal.MailToAsync("kutsuttu@example.fi", "Tervetuloa");

        Assert.Contains("Salasanasi on asetettu", await set.Content.ReadAsStringAsync());
        AssertWelcomes(site, mail, "kutsuttu@example.fi");
    }

    [Fact]
    public async Task An_invitee_whose_password_is_refused_gets_no_welcome()
    {
        var site = await UsersSite.CreateAsync(portal.Host);
        var link = await InvitationLinkAsync(site, "hidas@example.fi");

        var set = await HtmlPages.SubmitAsync(site.NewClient(), link, "main form",
            new Dictionary<string, string> { ["Input.Password"] = "lyhyt", ["Input.Repeat"] = "lyhyt" });
        var user = await site.FindUserAsync("hidas@example.fi");
        var subjects = await site.InTenantAsync<TenantDbContext, List<string>>(db => db.Set<QueuedMail>().Select(m => m.Subject).ToListAsync());

        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.False(await site.InTenantAsync<UserManager<IdentityUser>, bool>(users => users.HasPasswordAsync(user!)));
        Assert.Equal([$"Kutsu sivustolle {site.Tenant.DisplayName}"], subjects);
    }

    private async Task<string> InvitationLinkAsync(UsersSite site, string email)
    {
        await site.SubmitAsync(await site.LogInAsync(UsersSite.Admin), "admin/kayttajat/kutsu", "main form",
            new() { ["Input.Email"] = email, ["Input.Roles"] = "Author" });
        return MailPortal.LinkTo(await portal.MailToAsync(email, "Kutsu"), "kutsu");
    }

    private static void AssertWelcomes(UsersSite site, MimeMessage mail, string userName)
    {
        Assert.Equal($"Tervetuloa sivustolle {site.Tenant.DisplayName}", mail.Subject);
        Assert.Contains($"Käyttäjätunnuksesi on {userName}.", mail.TextBody);
        Assert.Contains($"http://localhost/{site.Tenant.Name}/login", mail.TextBody);
        Assert.Contains($"http://localhost/{site.Tenant.Name}/admin/tili", mail.TextBody);
        Assert.Contains($"href=\"http://localhost/{site.Tenant.Name}/admin/tili\"", mail.HtmlBody);
        Assert.DoesNotContain(Password, mail.TextBody + mail.HtmlBody);
    }
}
