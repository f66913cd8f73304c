using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Networks.Tests.JoinRequests;

/// <summary>The join form and the admin list in Chromium, on the demo's Elävä Kainuu site.</summary>
public sealed class JoinRequestBrowserTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const string NetworkPath = "/elava-kainuu/yhistykset-yhessa";

    [Fact]
    public async Task Visitor_sends_a_join_request_in_chromium_and_the_networks_editor_finds_it_in_the_admin()
    {
        var tenant = host.Services.GetRequiredService<TenantRegistry>().Find("elava-kainuu")!;
        await TenantUsers.AddAsync(host.Services, tenant, "verkostovastaava", "Editor");
        var visitor = await NewPageAsync();

        await visitor.GotoAsync(NetworkPath);
        await visitor.GetByLabel("Nimi (pakollinen)").FillAsync("Selma Selain");
        await visitor.GetByLabel("Sähköposti (pakollinen)").FillAsync("selma@example.fi");
        await visitor.GetByLabel("Viesti (vapaaehtoinen)").FillAsync("Yhdistyksemme haluaa mukaan.");
        await visitor.GetByLabel("Hyväksyn, että tietoni tallennetaan").CheckAsync();
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Lähetä liittymispyyntö" }).ClickAsync();
        var thanks = visitor.Locator(".join-sent");
        await thanks.WaitForAsync();
        var thanksFocused = await thanks.EvaluateAsync<bool>("element => element === document.activeElement");

        var editor = await NewPageAsync();
        await BrowserHost.LogInAsync(editor, "/elava-kainuu/admin/liittymispyynnot", "verkostovastaava");
        var row = editor.GetByRole(AriaRole.Row).Filter(new() { HasText = "Selma Selain" });

        Assert.Contains("Kiitos! Liittymispyyntösi on lähetetty.", await thanks.TextContentAsync(), StringComparison.Ordinal);
        Assert.True(thanksFocused);
        Assert.Contains("Yhistykset yhessä", await row.TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("selma@example.fi", await row.TextContentAsync(), StringComparison.Ordinal);
        Assert.Empty(await ViolationsAsync(editor));
    }

    [Fact]
    public async Task Form_sent_without_consent_focuses_the_error_summary_whose_link_leads_to_the_checkbox()
    {
        var visitor = await NewPageAsync();
        await visitor.GotoAsync(NetworkPath);
        await visitor.GetByLabel("Nimi (pakollinen)").FillAsync("Selma Selain");
        await visitor.GetByLabel("Sähköposti (pakollinen)").FillAsync("selma@example.fi");

        await visitor.GetByRole(AriaRole.Button, new() { Name = "Lähetä liittymispyyntö" }).ClickAsync();
        var summary = visitor.Locator(".error-summary");
        await summary.WaitForAsync();
        var summaryFocused = await summary.EvaluateAsync<bool>("element => element === document.activeElement");
        await summary.GetByRole(AriaRole.Link).ClickAsync();
        var checkbox = visitor.GetByLabel("Hyväksyn, että tietoni tallennetaan");

        Assert.True(summaryFocused);
        Assert.Equal("true", await checkbox.GetAttributeAsync("aria-invalid"));
        Assert.Equal("Selma Selain", await visitor.GetByLabel("Nimi (pakollinen)").InputValueAsync());
        Assert.Empty(await ViolationsAsync(visitor));
    }

    [Fact]
    public async Task Network_page_with_its_join_form_passes_axe_for_wcag_2_1_aa()
    {
        var visitor = await NewPageAsync();

        await visitor.GotoAsync(NetworkPath);

        Assert.Empty(await ViolationsAsync(visitor));
    }

    private Task<IPage> NewPageAsync() => host.Browser.NewPageAsync(new() { BaseURL = host.BaseAddress.ToString() });

    private static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        var result = await AxeChecks.RunAsync(page);
        return [.. result.Violations.SelectMany(v => v.Nodes.Select(n => $"{v.Id} at {string.Join(" ", n.Target)}: {v.Help}"))];
    }
}
