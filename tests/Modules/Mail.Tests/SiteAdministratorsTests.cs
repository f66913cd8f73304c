using System.CommandLine;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Testing;
using Verkostoportaali.Users.Sites;

namespace Verkostoportaali.Mail.Tests;

/// <summary>
/// The portal admin's hold on a site's administrators (/admin/sivustot/{site}/yllapitajat and <c>tenants invite</c>),
/// with the mail going through a real SMTP server and its link used on the site.
/// </summary>
[Collection(SmtpCollection.Name)]
public sealed class SiteAdministratorsTests(SmtpPortal portal)
{
    [Fact]
    public async Task The_portal_admin_invites_a_site_administrator_who_sets_a_password_and_logs_in_to_the_site()
    {
        var site = await MailSite.CreateAsync(portal.Host, "vanha-yllapitaja", "vanha@example.fi", "Administrator");
        var admin = await PortalAdminAsync();

        var before = await HtmlPages.GetPageAsync(admin, AdministratorsPage(site));
        var invited = await HtmlPages.SubmitAsync(admin, AdministratorsPage(site), "form[action*='handler=Invite']",
            new Dictionary<string, string> { ["Input.Email"] = "uusi.yllapitaja@example.fi" });
        var mail = await portal.Smtp.FirstToAsync("uusi.yllapitaja@example.fi");
        var link = SmtpServer.LinkIn(mail, "kutsu");
        var accepted = await MailSite.SetPasswordAsync(site.NewClient(), link, MailSite.NewPassword);
        var login = await site.PostLoginAsync(site.NewClient(), "uusi.yllapitaja@example.fi", MailSite.NewPassword);
        var after = await HtmlPages.GetPageAsync(admin, AdministratorsPage(site));

        Assert.Contains("vanha-yllapitaja", before.QuerySelector("table.users")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        Assert.Equal($"Kutsu sivustolle {site.Tenant.DisplayName}", mail.Subject);
        Assert.StartsWith($"http://localhost/{site.Tenant.Name}/kutsu?user=", link);
        Assert.Contains("Salasanasi on asetettu", await accepted.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(["Administrator"], await RolesOfAsync(site.Tenant, "uusi.yllapitaja@example.fi"));
        Assert.Contains("uusi.yllapitaja@example.fi", after.QuerySelector("table.users")!.TextContent);
        Assert.Contains("portaali-admin", await AuditUserOfInvitationAsync(site));
    }

    [Fact]
    public async Task The_portal_admin_mails_a_site_administrator_a_reset_link_that_works_on_the_site()
    {
        var site = await MailSite.CreateAsync(portal.Host, "unohtaja", "unohtaja@example.fi", "Administrator");
        var admin = await PortalAdminAsync();

        var sent = await HtmlPages.SubmitAsync(admin, AdministratorsPage(site), "form[action*='handler=Link']", new Dictionary<string, string>());
        var link = SmtpServer.LinkIn(await portal.Smtp.FirstToAsync("unohtaja@example.fi"), "salasana-uusi");
        await MailSite.SetPasswordAsync(site.NewClient(), link, MailSite.NewPassword);
        var login = await site.PostLoginAsync(site.NewClient(), "unohtaja", MailSite.NewPassword);

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.StartsWith($"http://localhost/{site.Tenant.Name}/salasana-uusi?user=", link);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
    }

    [Fact]
    public async Task A_bad_address_gets_a_message_by_the_field_and_an_unknown_site_404()
    {
        var site = await MailSite.CreateAsync(portal.Host, "yllapitaja", null, "Administrator");
        var admin = await PortalAdminAsync();

        var bad = await HtmlPages.SubmitAsync(admin, AdministratorsPage(site), "form[action*='handler=Invite']",
            new Dictionary<string, string> { ["Input.Email"] = "ei-osoite" });
        var unknown = await admin.GetAsync("/admin/sivustot/ei-tallaista/yllapitajat");
        var portalItself = await admin.GetAsync("/admin/sivustot/Default/yllapitajat");

        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Anna kelvollinen sähköpostiosoite", await bad.Content.ReadAsStringAsync());
        Assert.Empty(await site.OutboxAsync());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, portalItself.StatusCode);
    }

    [Fact]
    public async Task A_site_administrator_is_refused_the_page_on_their_own_site()
    {
        var site = await MailSite.CreateAsync(portal.Host, "paikallinen", null, "Administrator");
        var client = site.NewClient();
        await TenantUsers.LogInAsync(client, $"/{site.Tenant.Name}/", "paikallinen");

        var response = await client.GetAsync(site.Url($"admin/sivustot/{site.Tenant.Name}/yllapitajat"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_invite_command_needs_the_base_address_and_refuses_an_unknown_site_or_role()
    {
        var site = await MailSite.CreateAsync(portal.Host, "komento", null, "Administrator");

        var noBase = await RunAsync("tenants", "invite", site.Tenant.Name, "--email", "komennolla@example.fi");
        var unknownSite = await RunAsync("tenants", "invite", "ei-tallaista", "--email", "x@example.fi");
        var unknownRole = await RunAsync("tenants", "invite", site.Tenant.Name, "--email", "x@example.fi", "--role", "Keisari");

        Assert.Equal(1, noBase.ExitCode);
        Assert.Contains("Portal:BaseUrl", noBase.Error);
        Assert.Equal(1, unknownSite.ExitCode);
        Assert.Contains("no running site", unknownSite.Error);
        Assert.Equal(1, unknownRole.ExitCode);
        Assert.Contains("no role 'Keisari'", unknownRole.Error);
        Assert.Empty(await site.OutboxAsync());
    }

    private async Task<HttpClient> PortalAdminAsync()
    {
        var client = portal.Host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var login = await HtmlPages.SubmitAsync(client, "/login", "main form",
            new Dictionary<string, string> { ["Input.UserName"] = PortalHost.AdminUser, ["Input.Password"] = PortalHost.AdminPassword });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return client;
    }

    private static string AdministratorsPage(MailSite site) => $"/admin/sivustot/{site.Tenant.Name}/yllapitajat";

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exitCode = await new RootCommand { InviteCommand.Create(portal.Host.Services) }.Parse(args)
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }

    private async Task<IList<string>> RolesOfAsync(Tenant tenant, string userName) =>
        await portal.Host.InTenantAsync<UserManager<IdentityUser>, IList<string>>(tenant,
            async users => await users.GetRolesAsync((await users.FindByNameAsync(userName))!));

    private Task<string> AuditUserOfInvitationAsync(MailSite site) =>
        portal.Host.InTenantAsync<Verkostoportaali.Core.Data.TenantDbContext, string>(site.Tenant, async db =>
            string.Join(",", await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
                db.Set<Verkostoportaali.AuditTrail.AuditEntry>().Select(e => e.UserName))));
}
