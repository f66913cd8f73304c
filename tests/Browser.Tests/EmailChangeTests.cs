using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MimeKit;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Browser.Tests;

/// <summary>A user changes their e-mail address in Chromium: the mailed link applies it, and the new address then gets a password reset.</summary>
public sealed partial class EmailChangeTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const string Site = "mansikka";
    private const string UserName = "osoitteen-vaihtaja";
    private const string OldAddress = "vanha.osoite@example.fi";
    private const string NewAddress = "uusi.osoite@example.fi";
    private const string NewPassword = "Uusi-osoite-2026-salasana!";

    [Fact]
    public async Task A_new_address_applies_by_its_mailed_link_and_then_gets_a_password_reset_that_logs_in()
    {
        await AddUserAsync();
        var page = await host.Browser.NewPageAsync(new() { BaseURL = host.BaseAddress.ToString() });
        var violations = new List<string>();
        await BrowserHost.LogInAsync(page, $"/{Site}/admin/tili", UserName);

        await page.GetByLabel("Uusi sähköpostiosoite").FillAsync(NewAddress);
        await page.GetByRole(AriaRole.Button, new() { Name = "Vaihda osoite" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Osoite vaihtuu, kun avaat linkin.");
        violations.AddRange(await AdminPages.ViolationsAsync(page));
        var confirmation = await MailAsync(NewAddress, "Vahvista uusi sähköpostiosoitteesi");
        await MailAsync(OldAddress, "Tilisi sähköpostiosoite");
        var stillOld = await AddressAsync();
        await page.GotoAsync(LinkIn(confirmation));
        violations.AddRange(await AdminPages.ViolationsAsync(page));
        await page.GetByRole(AriaRole.Button, new() { Name = "Vahvista osoite" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"osoite on nyt {NewAddress}");

        var reader = await host.Browser.NewPageAsync(new() { BaseURL = host.BaseAddress.ToString() });
        await reader.GotoAsync($"/{Site}/salasana-unohtui");
        await reader.GetByLabel("Käyttäjätunnus tai sähköpostiosoite").FillAsync(NewAddress);
        await reader.GetByRole(AriaRole.Button, new() { Name = "Lähetä linkki" }).ClickAsync();
        await Expect(reader.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        await reader.GotoAsync(LinkIn(await MailAsync(NewAddress, "salasana")));
        await reader.GetByLabel("Uusi salasana", new() { Exact = true }).FillAsync(NewPassword);
        await reader.GetByLabel("Uusi salasana uudelleen").FillAsync(NewPassword);
        await reader.GetByRole(AriaRole.Button, new() { Name = "Aseta salasana" }).ClickAsync();
        await Expect(reader.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        await AdminPages.LogInAsync(reader, $"/{Site}/login", UserName, NewPassword);

        Assert.Equal(OldAddress, stillOld);
        Assert.Equal(NewAddress, await AddressAsync());
        Assert.EndsWith($"/{Site}/admin", reader.Url, StringComparison.Ordinal);
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    private async Task AddUserAsync()
    {
        await using var scope = host.Services.GetRequiredService<TenantScopes>().Create(host.Services.GetRequiredService<TenantRegistry>().Find(Site)!);
        var problems = await scope.ServiceProvider.GetRequiredService<ITenantAccounts>()
            .CreateAsync(new NewAccount(UserName, OldAddress, TenantUsers.Password, ["Editor"]));
        Assert.Empty(problems);
    }

    private async Task<string?> AddressAsync()
    {
        await using var scope = host.Services.GetRequiredService<TenantScopes>().Create(host.Services.GetRequiredService<TenantRegistry>().Find(Site)!);
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Microsoft.AspNetCore.Identity.IdentityUser>>();
        return (await users.FindByNameAsync(UserName))?.Email;
    }

    /// <summary>The mail the SMTP server took for the address, with the words in its subject.</summary>
    private Task<MimeMessage> MailAsync(string address, string subject) =>
        Eventually.ValueAsync(() => Task.FromResult(
            host.Smtp.MessagesTo(address).FirstOrDefault(m => (m.Subject ?? "").Contains(subject, StringComparison.Ordinal))),
            $"the mail \"{subject}\" to {address}");

    private static string LinkIn(MimeMessage mail) =>
        Link().Matches(mail.TextBody ?? "").Select(m => m.Value).First(l => l.Contains("token=", StringComparison.Ordinal));

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
