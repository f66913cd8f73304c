using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Browser.Tests;

/// <summary>An editor's day in Chromium on the demo's Elävä Kainuu site: an event from draft to published and back.</summary>
public sealed partial class ContentAdminTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const string Site = "/elava-kainuu";

    [Fact]
    public async Task Editor_drafts_previews_publishes_edits_restores_and_unpublishes_an_event()
    {
        var tenant = host.Services.GetRequiredService<TenantRegistry>().Find("elava-kainuu")!;
        await TenantUsers.AddAsync(host.Services, tenant, "tapahtumavastaava", "Editor");
        var page = await host.Browser.NewPageAsync(new() { BaseURL = host.BaseAddress.ToString() });
        var violations = new List<string>();
        await AdminPages.LogInAsync(page, $"{Site}/login", "tapahtumavastaava", TenantUsers.Password);

        await page.GotoAsync($"{Site}/admin/sisalto");
        violations.AddRange(await AdminPages.ViolationsAsync(page));
        await page.GetByRole(AriaRole.Link, new() { Name = "Uusi: Tapahtuma" }).ClickAsync();
        await page.GetByLabel("Otsikko (pakollinen)").FillAsync("Kesäinen kyläilta");
        await page.GetByLabel("Aloituspäivämäärä (pakollinen)").FillAsync("2027-06-24");
        await page.GetByLabel("Paikka").FillAsync("Kylätalo");
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Järjestäjä (verkosto tai hanke)" }).FillAsync("yhistykset");
        violations.AddRange(await AdminPages.ViolationsAsync(page));
        await page.GetByRole(AriaRole.Option, new() { Name = "Yhistykset yhessä (Verkosto)" }).ClickAsync();
        await page.Locator("trix-editor").FillAsync("Tervetuloa kaikki!");
        var attachButtons = await page.Locator("trix-toolbar [data-trix-action=attachFiles]").CountAsync();
        var boldButton = await page.Locator("trix-toolbar [data-trix-attribute=bold]").GetAttributeAsync("title");
        violations.AddRange(await AdminPages.ViolationsAsync(page));
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna luonnos" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Luonnos tallennettiin.");
        await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Yhistykset yhessä" })).ToBeCheckedAsync();
        var editUrl = page.Url;
        violations.AddRange(await AdminPages.ViolationsAsync(page));

        await page.GetByRole(AriaRole.Link, new() { Name = "Esikatselu" }).ClickAsync();
        await Expect(page.Locator(".preview-banner")).ToContainTextAsync("Esikatselu – ei julkaistu");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Kesäinen kyläilta");
        await Expect(page.Locator("article")).ToContainTextAsync("Tervetuloa kaikki!");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Yhistykset yhessä" })).ToBeVisibleAsync();
        var draftIsPublic = (await page.Context.APIRequest.GetAsync($"{Site}/kesainen-kylailta")).Status;

        await page.GotoAsync(editUrl);
        await page.GetByRole(AriaRole.Button, new() { Name = "Julkaise" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Tallennettu ja julkaistu.");
        await page.GotoAsync($"{Site}/kesainen-kylailta");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Kesäinen kyläilta");
        var api = await (await page.Context.APIRequest.GetAsync($"{Site}/api/content?type=Event&size=100")).TextAsync();

        await page.GotoAsync(editUrl);
        await page.GetByLabel("Otsikko (pakollinen)").FillAsync("Kesäinen kyläilta – uusi aika");
        await page.GetByRole(AriaRole.Button, new() { Name = "Julkaise" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Tallennettu ja julkaistu.");
        await page.GetByRole(AriaRole.Link, new() { Name = "Versiohistoria" }).ClickAsync();
        violations.AddRange(await AdminPages.ViolationsAsync(page));
        await page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Oli julkaistuna" })
            .GetByRole(AriaRole.Button, new() { NameRegex = PalautaRegex() }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Vanha versio palautettiin uudeksi luonnokseksi.");
        var restoredTitle = await page.GetByLabel("Otsikko (pakollinen)").InputValueAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Poista julkaisusta" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Sisältö poistettiin julkiselta sivustolta.");
        var afterUnpublish = (await page.Context.APIRequest.GetAsync($"{Site}/kesainen-kylailta-uusi-aika")).Status;
        var apiAfter = await (await page.Context.APIRequest.GetAsync($"{Site}/api/content?type=Event&size=100")).TextAsync();

        Assert.Equal(0, attachButtons);
        Assert.Equal("Lihavointi", boldButton);
        Assert.Equal(404, draftIsPublic);
        Assert.Contains("Kesäinen kyläilta", api, StringComparison.Ordinal);
        Assert.Equal("Kesäinen kyläilta", restoredTitle);
        Assert.Equal(404, afterUnpublish);
        Assert.DoesNotContain("Kesäinen kyläilta", apiAfter, StringComparison.Ordinal);
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public async Task Administrator_adds_a_field_and_removes_it_keeping_its_values_hidden()
    {
        var tenant = host.Services.GetRequiredService<TenantRegistry>().Find("elava-kainuu")!;
        await TenantUsers.AddAsync(host.Services, tenant, "sisaltotyyppien-yllapitaja", "Administrator");
        var page = await host.Browser.NewPageAsync(new() { BaseURL = host.BaseAddress.ToString() });
        var violations = new List<string>();
        await AdminPages.LogInAsync(page, $"{Site}/login", "sisaltotyyppien-yllapitaja", TenantUsers.Password);
        await page.GotoAsync($"{Site}/admin/sisaltotyypit/Article");
        await page.GetByLabel("Nimi suomeksi (pakollinen)").FillAsync("Kohderyhmä");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lisää kenttä" }).ClickAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Poista Kohderyhmä" }).ClickAsync();
        var deleteIsTheDefault = await page.GetByLabel("Poista ne").IsCheckedAsync();
        violations.AddRange(await AdminPages.ViolationsAsync(page));
        await page.GetByLabel("Säilytä ne piilossa").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Poista kenttä" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Kenttä poistettiin.");
        violations.AddRange(await AdminPages.ViolationsAsync(page));

        Assert.True(deleteIsTheDefault);
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "Poista Kohderyhmä" }).CountAsync());
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public async Task Editor_links_events_to_a_network_by_their_titles_and_unlinks_one()
    {
        var tenant = host.Services.GetRequiredService<TenantRegistry>().Find("elava-kainuu")!;
        await TenantUsers.AddAsync(host.Services, tenant, "verkostovastaava", "Editor");
        var page = await host.Browser.NewPageAsync(new() { BaseURL = host.BaseAddress.ToString() });
        await AdminPages.LogInAsync(page, $"{Site}/login", "verkostovastaava", TenantUsers.Password);
        await page.GotoAsync($"{Site}/admin/sisalto?haku=Yhistykset");
        await page.GetByRole(AriaRole.Link, new() { Name = "Yhistykset yhessä", Exact = true }).ClickAsync();
        var events = page.GetByRole(AriaRole.Combobox, new() { Name = "Verkoston tapahtumat" });

        await events.FillAsync("hyvinvointi");
        await Expect(page.GetByRole(AriaRole.Option, new() { Name = "Hyvinvointipäivä (Tapahtuma)" })).ToBeVisibleAsync();
        await events.PressAsync("ArrowDown");
        await events.PressAsync("Enter");
        var violations = await AdminPages.ViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna luonnos" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Luonnos tallennettiin.");
        var linked = page.GetByRole(AriaRole.Checkbox, new() { Name = "Hyvinvointipäivä" });
        await Expect(linked).ToBeCheckedAsync();
        await linked.UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna luonnos" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Luonnos tallennettiin.");

        Assert.Equal(0, await page.GetByRole(AriaRole.Checkbox, new() { Name = "Hyvinvointipäivä" }).CountAsync());
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    [GeneratedRegex("^Palauta uudeksi luonnokseksi")]
    private static partial Regex PalautaRegex();
}
