using Verkostoportaali.Testing;

namespace Verkostoportaali.Mail.Tests.Pages.Mail;

/// <summary>Failed mail reaches the admin dashboard of those who manage mail, and only theirs.</summary>
[Collection(SmtpCollection.Name)]
public sealed class DashboardAttentionTests(SmtpPortal portal)
{
    [Fact]
    public async Task The_dashboard_tells_the_administrator_that_mail_failed_and_links_to_the_outbox()
    {
        var site = await MailSite.CreateAsync(portal.Host, "kojelauta", email: null);
        await site.AddFailedMailAsync("kojelauta@example.fi", "Ei vielä lähtenyt", "Connection refused", TimeSpan.FromDays(1));
        await site.AddFailedMailAsync("toinen@example.fi", "Ei tämäkään", "Connection refused", TimeSpan.FromDays(1));
        var admin = await portal.Host.SignedInAsync(site.Tenant.Name);

        var page = await HtmlPages.GetPageAsync(admin, site.Url("admin"));

        var item = page.QuerySelector(".attention li.attention-overdue a");
        Assert.Equal("2 viestiä on vielä lähettämättä. Lähetystä yritetään uudelleen; virhe näkyy lähtevien viestien sivulla.", item?.TextContent);
        Assert.Equal(site.Url("admin/posti"), item?.GetAttribute("href"));
    }

    [Fact]
    public async Task An_editor_without_the_mail_permission_sees_no_mail_on_the_dashboard_and_a_site_without_failures_shows_none()
    {
        var failing = await MailSite.CreateAsync(portal.Host, "kojelauta-toimittaja", email: null, "Editor");
        await failing.AddFailedMailAsync("kojelauta2@example.fi", "Ei vielä lähtenyt", "Connection refused", TimeSpan.FromDays(1));
        var quiet = await MailSite.CreateAsync(portal.Host, "hiljainen", email: null);
        var editor = await portal.Host.SignedInAsync(failing.Tenant.Name, "Editor");
        var quietAdmin = await portal.Host.SignedInAsync(quiet.Tenant.Name);

        var editorsPage = await HtmlPages.GetPageAsync(editor, failing.Url("admin"));
        var quietPage = await HtmlPages.GetPageAsync(quietAdmin, quiet.Url("admin"));

        Assert.NotNull(editorsPage.QuerySelector("main h1"));
        Assert.DoesNotContain("lähettämättä", editorsPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(quietPage.QuerySelector(".attention"));
    }
}
