using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Mail;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Browser.Tests;

/// <summary>
/// What a person does with the portal's mail, in Chromium against a real SMTP server: an invitation from the portal
/// admin, a forgotten password while the mail server is down, and a request to join a network.
/// </summary>
public sealed class MailFlowTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const string Site = "mansikka";
    private const string NewPassword = "Mansikkamaa-2026-uusi!";

    [Fact]
    public async Task The_portal_admin_invites_a_site_administrator_who_sets_a_password_by_the_mail_and_logs_in()
    {
        const string Invitee = "uusi.yllapitaja@example.fi";
        var portal = await NewPageAsync();
        await AdminPages.LogInAsync(portal, "/login", BrowserHost.AdminUser, BrowserHost.AdminPassword);

        await portal.GotoAsync("/admin/sivustot");
        await portal.GetByRole(AriaRole.Link, new() { Name = $"Ylläpitäjät {Site}" }).ClickAsync();
        var violations = await AdminPages.ViolationsAsync(portal);
        await portal.GetByLabel("Sähköpostiosoite").FillAsync(Invitee);
        await portal.GetByRole(AriaRole.Button, new() { Name = "Lähetä kutsu" }).ClickAsync();
        await Expect(portal.GetByRole(AriaRole.Status)).ToContainTextAsync($"lähetettiin osoitteeseen {Invitee}");
        var mail = await host.Smtp.FirstToAsync(Invitee);

        var invited = await NewPageAsync();
        await invited.GotoAsync(SmtpServer.LinkIn(mail, "kutsu"));
        await SetPasswordAsync(invited);
        await AdminPages.LogInAsync(invited, $"/{Site}/login", Invitee, NewPassword);

        await Expect(invited.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ylläpito");
        await Expect(portal.Locator("table.users")).ToContainTextAsync(Invitee);
        Assert.Empty(violations);
    }

    [Fact]
    public async Task A_forgotten_password_asked_while_the_mail_server_is_down_arrives_when_it_is_back_and_the_link_works()
    {
        const string Email = "unohtaja@example.fi";
        await AddAccountAsync("unohtaja", Email);
        var page = await NewPageAsync();

        host.Smtp.Stop();
        try
        {
            await page.GotoAsync($"/{Site}/login");
            await page.GetByRole(AriaRole.Link, new() { Name = "Unohditko salasanasi?" }).ClickAsync();
            await page.GetByLabel("Käyttäjätunnus tai sähköpostiosoite").FillAsync(Email);
            await page.GetByRole(AriaRole.Button, new() { Name = "Lähetä linkki" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
            await Eventually.TrueAsync(async () => await AttemptsAsync(Email) >= 2, "two failed attempts to send the reset mail");
            Assert.Empty(host.Smtp.MessagesTo(Email));
        }
        finally
        {
            await host.Smtp.StartAsync();
        }
        var mail = await host.Smtp.FirstToAsync(Email);
        await page.GotoAsync(SmtpServer.LinkIn(mail, "salasana-uusi"));
        await SetPasswordAsync(page);
        await AdminPages.LogInAsync(page, $"/{Site}/login", "unohtaja", NewPassword);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ylläpito");
        Assert.Single(host.Smtp.MessagesTo(Email));
    }

    [Fact]
    public async Task A_request_to_join_mails_the_contact_person_and_confirms_to_the_visitor_what_they_consented_to()
    {
        const string Visitor = "liittyja@example.fi";
        var page = await NewPageAsync();

        await page.GotoAsync("/elava-kainuu/verkostot/yhistykset-yhessa/liity");
        await page.Locator("#Input_Name").FillAsync("Liisa Liittyjä");
        await page.Locator("#Input_Email").FillAsync(Visitor);
        await page.Locator("#Input_Message").FillAsync("Kyläyhdistyksemme haluaa mukaan.");
        await page.Locator("#Input_Consent").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lähetä liittymispyyntö" }).ClickAsync();
        var toContact = await host.Smtp.FirstToAsync("eskose60@hotmail.com");
        var toVisitor = await host.Smtp.FirstToAsync(Visitor);

        Assert.Equal("Pyyntö liittyä verkostoon Yhistykset yhessä", toContact.Subject);
        Assert.Contains("Liisa Liittyjä", toContact.TextBody);
        Assert.Contains(Visitor, toContact.TextBody);
        Assert.Contains("Kyläyhdistyksemme haluaa mukaan.", toContact.TextBody);
        Assert.Contains("Hyväksyn, että tietoni tallennetaan", toVisitor.TextBody);
    }

    private async Task<IPage> NewPageAsync()
    {
        var context = await host.Browser.NewContextAsync(new() { BaseURL = host.BaseAddress.ToString() });
        return await context.NewPageAsync();
    }

    private static async Task SetPasswordAsync(IPage page)
    {
        await page.GetByLabel("Uusi salasana", new() { Exact = true }).FillAsync(NewPassword);
        await page.GetByLabel("Uusi salasana uudelleen").FillAsync(NewPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Aseta salasana" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
    }

    private async Task AddAccountAsync(string userName, string email)
    {
        var site = host.Services.GetRequiredService<TenantRegistry>().Find(Site)!;
        await using var scope = host.Services.GetRequiredService<TenantScopes>().Create(site);
        var problems = await scope.ServiceProvider.GetRequiredService<ITenantAccounts>()
            .CreateAsync(new NewAccount(userName, email, TenantUsers.Password, [PortalRoles.Editor]));
        Assert.Empty(problems);
    }

    // How often the outbox has tried to send the mail to the address (retries come within a second here).
    private async Task<int> AttemptsAsync(string to)
    {
        var site = host.Services.GetRequiredService<TenantRegistry>().Find(Site)!;
        await using var scope = host.Services.GetRequiredService<TenantScopes>().Create(site);
        return await scope.ServiceProvider.GetRequiredService<TenantDbContext>().Set<QueuedMail>()
            .Where(mail => mail.To == to).SumAsync(mail => mail.Attempts);
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
