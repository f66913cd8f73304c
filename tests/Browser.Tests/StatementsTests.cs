using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Browser.Tests;

/// <summary>The accessibility statement's feedback in Chromium, on the demo's Mansikka site: sent, mailed, and listed with its deadline.</summary>
public sealed class StatementsTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const string Site = "mansikka";
    private const string AdminEmail = "saavutettavuus-vastaava@example.fi";

    [Fact]
    public async Task Visitor_sends_accessibility_feedback_that_is_mailed_and_listed_in_the_admin_with_its_deadline()
    {
        await AddAdministratorAsync("palautevastaava");
        var visitor = await NewPageAsync();

        await visitor.GotoAsync($"/{Site}/");
        await visitor.Locator("footer").GetByRole(AriaRole.Link, new() { Name = "Saavutettavuusseloste" }).ClickAsync();
        await visitor.GetByLabel("Nimi (vapaaehtoinen)").FillAsync("Selma Selain");
        await visitor.GetByLabel("Sähköposti (pakollinen)").FillAsync("selma@example.fi");
        await visitor.GetByLabel("Viesti (pakollinen)").FillAsync("Hankekartan painikkeilla ei ole nimiä.");
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Lähetä palaute" }).ClickAsync();
        var thanks = visitor.Locator(".feedback-sent");
        await thanks.WaitForAsync();
        var thanksFocused = await thanks.EvaluateAsync<bool>("element => element === document.activeElement");
        var visitorViolations = await AdminPages.ViolationsAsync(visitor);
        var mails = await Eventually.ValueAsync(() => Task.FromResult(MailsTo("selma@example.fi", AdminEmail)), "the confirmation and the admin's mail");

        var admin = await NewPageAsync();
        await BrowserHost.LogInAsync(admin, $"/{Site}/admin/saavutettavuuspalaute", "palautevastaava");
        var row = admin.GetByRole(AriaRole.Row).Filter(new() { HasText = "selma@example.fi" });
        await row.WaitForAsync();
        var times = await row.Locator("time").EvaluateAllAsync<string[]>("times => times.map(t => t.getAttribute('datetime'))");

        Assert.True(thanksFocused);
        Assert.Empty(visitorViolations);
        Assert.Equal("Saimme saavutettavuuspalautteesi", mails["selma@example.fi"].Subject);
        Assert.Contains("Hankekartan painikkeilla ei ole nimiä.", mails[AdminEmail].TextBody, StringComparison.Ordinal);
        Assert.Contains("Hankekartan painikkeilla ei ole nimiä.", await row.TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromDays(14), DateTime.Parse(times[1], null, System.Globalization.DateTimeStyles.RoundtripKind)
            - DateTime.Parse(times[0], null, System.Globalization.DateTimeStyles.RoundtripKind));
        Assert.Equal("Vastattava viimeistään", await admin.GetByRole(AriaRole.Columnheader).Nth(1).TextContentAsync());
        Assert.Empty(await AdminPages.ViolationsAsync(admin));
    }

    private async Task AddAdministratorAsync(string userName)
    {
        await using var scope = host.Services.GetRequiredService<TenantScopes>().Create(host.Services.GetRequiredService<TenantRegistry>().Find(Site)!);
        var problems = await scope.ServiceProvider.GetRequiredService<ITenantAccounts>()
            .CreateAsync(new NewAccount(userName, AdminEmail, TenantUsers.Password, [PortalRoles.Administrator]));
        Assert.Empty(problems);
    }

    // The mails the SMTP server took, by recipient; null until every address has one.
    private Dictionary<string, MimeKit.MimeMessage>? MailsTo(params string[] addresses)
    {
        var found = addresses.Select(a => host.Smtp.MessagesTo(a).FirstOrDefault()).ToList();
        return found.All(m => m is not null) ? addresses.Zip(found).ToDictionary(p => p.First, p => p.Second!) : null;
    }

    private Task<IPage> NewPageAsync() => host.Browser.NewPageAsync(new() { BaseURL = host.BaseAddress.ToString() });
}
