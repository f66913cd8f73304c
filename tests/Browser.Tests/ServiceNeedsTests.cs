using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Browser.Tests;

/// <summary>
/// Issue 18's whole flow in Chromium on the demo's Saarijärvi site, against a real SMTP server: a volunteer reports a
/// need for an elderly resident of a village, the coordinator forwards it to the two matching example providers, one
/// accepts by its mail's link, the reporter sees it accepted and marks it done, and the demand data counts it.
/// </summary>
public sealed partial class ServiceNeedsTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const string Site = "saarijarvi";
    private const string Volunteer = "vapaaehtoinen@example.fi";

    [Fact]
    public async Task A_volunteers_report_is_forwarded_accepted_by_mail_link_done_and_counted()
    {
        await AddCoordinatorAsync("koordinaattori", "koordinaattori@example.fi");
        var volunteer = await NewPageAsync();

        await volunteer.GotoAsync($"/{Site}/");
        await volunteer.GetByRole(AriaRole.Link, new() { Name = "Ilmoita palvelutarve" }).First.ClickAsync();
        var formViolations = await AdminPages.ViolationsAsync(volunteer);
        await volunteer.GetByLabel("Kuvaile tarve (pakollinen)").FillAsync("Iäkäs naapurini tarvitsee apua kauppa-asioinnissa kerran viikossa.");
        await volunteer.GetByLabel("Palvelukenttä (pakollinen)").SelectOptionAsync(new SelectOptionValue { Label = "Kotiapu ja asiointi" });
        await volunteer.GetByLabel("Kylä tai kunta (pakollinen)").SelectOptionAsync(new SelectOptionValue { Label = "Kolkanpää" });
        await volunteer.GetByLabel("Viikon parin sisällä").CheckAsync();
        await volunteer.GetByLabel("Toistuva", new() { Exact = true }).CheckAsync();
        await volunteer.GetByLabel("Toisen tarve: olen vapaaehtoinen tai omainen").CheckAsync();
        await volunteer.GetByLabel("Henkilön nimi, jos ilmoitat toisen puolesta (vapaaehtoinen)").FillAsync("Aino Asukas");
        await volunteer.GetByLabel("Henkilö, jonka puolesta ilmoitan").CheckAsync();
        await volunteer.GetByLabel("Nimi (pakollinen)").FillAsync("Ville Vapaaehtoinen");
        await volunteer.GetByLabel("Sähköposti (pakollinen)").FillAsync(Volunteer);
        await volunteer.GetByLabel("Puhelimella").CheckAsync();
        await volunteer.GetByLabel("Puhelin (vapaaehtoinen)").FillAsync("040 123 4567");
        await volunteer.GetByLabel("Nimeni, sähköpostiosoitteeni ja puhelinnumeroni").CheckAsync();
        await volunteer.GetByLabel("Hyväksyn, että nämä tiedot tallennetaan").CheckAsync();
        await volunteer.GetByRole(AriaRole.Button, new() { Name = "Lähetä palvelutarve" }).ClickAsync();
        await Expect(volunteer.GetByRole(AriaRole.Status)).ToContainTextAsync(ReferenceNumber());
        var received = await volunteer.GetByRole(AriaRole.Status).TextContentAsync();
        var reference = ReferenceNumber().Match(received ?? "").Value;
        var statusLink = Link(await host.Smtp.FirstToAsync(Volunteer), "/palvelutarpeet/tila/");

        var coordinator = await NewPageAsync();
        await BrowserHost.LogInAsync(coordinator, $"/{Site}/admin/palvelutarpeet", "koordinaattori");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        // The click only starts the navigation: the need's page is there when its forward button is.
        await Expect(coordinator.GetByRole(AriaRole.Button, new() { Name = "Välitä tarve" })).ToBeVisibleAsync();
        var chosen = await coordinator.Locator("input[name=providers]:checked").EvaluateAllAsync<string[]>("boxes => boxes.map(b => b.value)");
        var coordinatorViolations = await AdminPages.ViolationsAsync(coordinator);
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Välitä tarve" }).ClickAsync();
        await Expect(coordinator.Locator(".need-status")).ToContainTextAsync("Välitetty palveluntarjoajille");

        var provider = await NewPageAsync();
        await provider.GotoAsync(Link(await host.Smtp.FirstToAsync("kotiapu@example.fi"), "/palvelutarpeet/tarjous/"));
        await provider.GetByRole(AriaRole.Button, new() { Name = "Ota työ vastaan" }).ClickAsync();
        await Expect(provider.GetByRole(AriaRole.Status)).ToContainTextAsync("Otitte tämän tarpeen vastaan");
        var details = await Eventually.ValueAsync(() => Task.FromResult(host.Smtp.MessagesTo("kotiapu@example.fi").FirstOrDefault(m => (m.Subject ?? "").StartsWith("Otitte", StringComparison.Ordinal))), "the accepted need's details");

        await volunteer.GotoAsync(statusLink);
        await Expect(volunteer.Locator(".need-status")).ToContainTextAsync("Palveluntarjoaja otti vastaan");
        await volunteer.GetByRole(AriaRole.Button, new() { Name = "Työ on tehty" }).ClickAsync();
        await Expect(volunteer.Locator(".need-status")).ToContainTextAsync("Tehty");

        await volunteer.GotoAsync($"/{Site}/palvelutarpeet/kysynta");
        var byOutcome = volunteer.GetByRole(AriaRole.Table, new() { Name = "Lopputuloksittain" });
        await Expect(byOutcome.GetByRole(AriaRole.Row, new() { Name = "Tekijä löytyi" })).ToBeVisibleAsync();
        await Expect(volunteer.GetByRole(AriaRole.Table, new() { Name = "Palvelukentittäin" })).ToContainTextAsync("Kotiapu ja asiointi");
        var demandViolations = await AdminPages.ViolationsAsync(volunteer);

        Assert.Matches(@"^\d{4}-\d{4}$", reference);
        Assert.Equal(["esimerkki-kotiapu-mahlu", "esimerkki-kylapalvelu"], chosen.Order());
        Assert.Contains("040 123 4567", details.TextBody, StringComparison.Ordinal);
        Assert.Empty(formViolations);
        Assert.Empty(coordinatorViolations);
        Assert.Empty(demandViolations);
    }

    private async Task AddCoordinatorAsync(string userName, string email)
    {
        var site = host.Services.GetRequiredService<TenantRegistry>().Find(Site)!;
        await using var scope = host.Services.GetRequiredService<TenantScopes>().Create(site);
        var problems = await scope.ServiceProvider.GetRequiredService<ITenantAccounts>()
            .CreateAsync(new NewAccount(userName, email, TenantUsers.Password, [PortalRoles.Editor]));
        Assert.Empty(problems);
    }

    private async Task<IPage> NewPageAsync()
    {
        var context = await host.Browser.NewContextAsync(new() { BaseURL = host.BaseAddress.ToString() });
        return await context.NewPageAsync();
    }

    /// <summary>The path of the mail's link under <paramref name="path"/>; these links carry their token in the path.</summary>
    private static string Link(MimeKit.MimeMessage mail, string path) =>
        new Uri(MailLink().Matches(mail.TextBody ?? "").Select(m => m.Value).First(l => l.Contains(path, StringComparison.Ordinal))).PathAndQuery;

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex MailLink();

    [GeneratedRegex(@"\d{4}-\d{4}")]
    private static partial Regex ReferenceNumber();

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
