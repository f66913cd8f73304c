using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Browser.Tests;

/// <summary>The portal administrator's sites in Chromium: a new site from a recipe, its admin at work at once, then gone.</summary>
public sealed class PortalAdminTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const string Name = "kylien-kehittajat";
    private const string SiteAdmin = "kyla-admin";
    private const string SiteAdminPassword = "Kylien-kehitys-2026!";

    [Fact]
    public async Task Portal_admin_creates_a_site_whose_admin_logs_in_at_once_then_disables_it_and_removes_it_with_its_data()
    {
        var folder = host.Services.GetRequiredService<TenantDataPaths>().SiteFolder(Name);
        var portal = await NewPageAsync();
        var violations = new List<string>();
        await AdminPages.LogInAsync(portal, "/login", BrowserHost.AdminUser, BrowserHost.AdminPassword);

        await portal.GotoAsync("/admin/sivustot");
        violations.AddRange(await AdminPages.ViolationsAsync(portal));
        await portal.GetByRole(AriaRole.Link, new() { Name = "Luo sivusto" }).ClickAsync();
        await FillCreateFormAsync(portal);
        violations.AddRange(await AdminPages.ViolationsAsync(portal));
        await portal.GetByRole(AriaRole.Button, new() { Name = "Luo sivusto" }).ClickAsync();
        await Expect(portal.GetByRole(AriaRole.Status)).ToContainTextAsync($"Sivusto {Name} on käytössä.");
        var loginUrl = await portal.GetByRole(AriaRole.Status).GetByRole(AriaRole.Link).GetAttributeAsync("href");

        var site = await NewPageAsync();
        await AdminPages.LogInAsync(site, loginUrl!, SiteAdmin, SiteAdminPassword);
        await Expect(site.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ylläpito");
        var dashboardUrl = site.Url;

        await portal.GetByRole(AriaRole.Link, new() { Name = $"Poista käytöstä {Name}" }).ClickAsync();
        violations.AddRange(await AdminPages.ViolationsAsync(portal));
        await portal.GetByRole(AriaRole.Button, new() { Name = "Poista sivusto käytöstä" }).ClickAsync();
        await Expect(portal.GetByRole(AriaRole.Status)).ToContainTextAsync($"Sivusto {Name} on poistettu käytöstä");
        var homeWhileDisabled = (await site.GotoAsync($"/{Name}/"))!.Status;
        var disabledHeading = await site.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync();
        violations.AddRange(await AdminPages.ViolationsAsync(site));
        var adminWhileDisabled = (await site.GotoAsync(dashboardUrl))!.Status;

        await portal.GetByRole(AriaRole.Link, new() { Name = $"Poista {Name}", Exact = true }).ClickAsync();
        violations.AddRange(await AdminPages.ViolationsAsync(portal));
        await portal.GetByLabel("Vahvista kirjoittamalla sivuston nimi").FillAsync("mansikka");
        await portal.GetByRole(AriaRole.Button, new() { Name = "Poista sivusto ja sen tiedot" }).ClickAsync();
        await Expect(portal.Locator(".error-summary")).ToContainTextAsync($"Vahvista kirjoittamalla nimi {Name} täsmälleen.");
        var keptAfterWrongName = Directory.Exists(folder);
        await portal.GetByLabel("Vahvista kirjoittamalla sivuston nimi").FillAsync(Name);
        await portal.GetByRole(AriaRole.Button, new() { Name = "Poista sivusto ja sen tiedot" }).ClickAsync();
        await Expect(portal.GetByRole(AriaRole.Status)).ToContainTextAsync($"Sivusto {Name} ja kaikki sen tiedot on poistettu.");
        var homeAfterRemoval = (await site.GotoAsync($"/{Name}/"))!.Status;

        Assert.Equal($"/{Name}/login", loginUrl);
        Assert.EndsWith($"/{Name}/admin", dashboardUrl, StringComparison.Ordinal);
        Assert.Contains(homeWhileDisabled, new[] { 404, 503 });
        Assert.Equal("Sivusto ei ole käytettävissä.", disabledHeading);
        Assert.Contains(adminWhileDisabled, new[] { 404, 503 });
        Assert.True(keptAfterWrongName);
        Assert.False(Directory.Exists(folder));
        Assert.Null(host.Services.GetRequiredService<TenantRegistry>().Find(Name));
        Assert.Equal(404, homeAfterRemoval);
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    private static async Task FillCreateFormAsync(IPage page)
    {
        await page.GetByLabel("Nimi", new() { Exact = true }).FillAsync(Name);
        await page.GetByLabel("Näkyvä nimi").FillAsync("Kylien kehittäjät ry");
        await page.GetByLabel("Maakunta (vapaaehtoinen)").SelectOptionAsync(new SelectOptionValue { Label = "Keski-Suomi" });
        await page.GetByRole(AriaRole.Radio, new() { Name = "Leader-ryhmä" }).CheckAsync();
        await page.GetByLabel("Käyttäjätunnus").FillAsync(SiteAdmin);
        await page.GetByLabel("Sähköposti").FillAsync("kyla@example.fi");
        await page.GetByLabel("Salasana").FillAsync(SiteAdminPassword);
    }

    private Task<IPage> NewPageAsync() => host.Browser.NewPageAsync(new() { BaseURL = host.BaseAddress.ToString() });

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
