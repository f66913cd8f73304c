using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Mail;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Browser.Tests;

/// <summary>A demo site's mail admin in Chromium: a mail the server refused is listed with its error; both pages pass WCAG 2.1 AA.</summary>
public sealed class MailAdminTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const string Site = "mansikka";

    [Fact]
    public async Task A_failed_mail_is_listed_in_the_site_admin_with_its_error_and_a_bad_sender_is_refused()
    {
        await AddFailedMailAsync("hylatty@example.fi", "550 5.1.1 Mailbox unavailable");
        var page = await host.Browser.NewPageAsync(new() { BaseURL = host.BaseAddress.ToString() });
        await AdminPages.LogInAsync(page, $"/{Site}/login", BrowserHost.AdminUser, BrowserHost.AdminPassword);

        await page.GetByRole(AriaRole.Link, new() { Name = "Sähköposti", Exact = true }).ClickAsync();
        var row = page.Locator(".mail-waiting tbody tr").Filter(new() { HasText = "hylatty@example.fi" });
        await Expect(row).ToContainTextAsync("550 5.1.1 Mailbox unavailable");
        await Expect(page.Locator(".mail-failed")).ToContainTextAsync("1 viesti on vielä lähettämättä");
        var violations = (await AdminPages.ViolationsAsync(page)).ToList();
        await page.GetByRole(AriaRole.Link, new() { Name = "Vaihda lähettäjä" }).ClickAsync();
        await page.GetByLabel("Lähettäjän osoite (vapaaehtoinen)").FillAsync("ei-osoite");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna" }).ClickAsync();
        await Expect(page.Locator("#FromAddress-error")).ToContainTextAsync("Anna kelvollinen sähköpostiosoite");
        violations.AddRange(await AdminPages.ViolationsAsync(page));

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public async Task The_portal_admin_reads_a_sites_mail_file_with_its_html_as_text()
    {
        var folder = Path.Combine(host.Services.GetRequiredService<TenantDataPaths>().Root, "Mail", Site);
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "selain.eml"), """
            From: Mansikka <noreply@localhost>
            To: lukija@example.fi
            Subject: Selaintesti
            Content-Type: text/html; charset=utf-8

            <p>Hei <img src="x" onerror="document.title='ajettu'"></p>
            """.ReplaceLineEndings("\r\n"));
        var page = await host.Browser.NewPageAsync(new() { BaseURL = host.BaseAddress.ToString() });
        await AdminPages.LogInAsync(page, "/login", BrowserHost.AdminUser, BrowserHost.AdminPassword);

        await page.GotoAsync("/admin/posti/tiedostot");
        var violations = (await AdminPages.ViolationsAsync(page)).ToList();
        await page.GetByRole(AriaRole.Link, new() { Name = "Selaintesti" }).ClickAsync();
        await Expect(page.Locator("pre.mail-body").Last).ToContainTextAsync("<img src=\"x\"");
        violations.AddRange(await AdminPages.ViolationsAsync(page));

        Assert.Equal(0, await page.Locator("main img").CountAsync());
        Assert.Equal("Selaintesti", await page.Locator("h1").TextContentAsync());
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    /// <summary>A mail as the sender leaves it after the server refused it three times, due again only tomorrow.</summary>
    private async Task AddFailedMailAsync(string to, string error)
    {
        var tenant = host.Services.GetRequiredService<TenantRegistry>().Find(Site)!;
        await using var scope = host.Services.GetRequiredService<TenantScopes>().Create(tenant);
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        db.Add(new QueuedMail
        {
            To = to, Subject = "Liittymispyyntö", Text = "Teksti", Html = "<p>Teksti</p>", CreatedUtc = DateTime.UtcNow.AddHours(-1),
            Attempts = 3, NextAttemptUtc = DateTime.UtcNow.AddDays(1), LastError = error,
        });
        await db.SaveChangesAsync();
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
