using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Browser.Tests;

/// <summary>The admin's forms and tables as an administrator on a phone sees them: laid out, described, scrollable, and passing axe.</summary>
public sealed class AdminFormsTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const string Site = "/elava-kainuu";

    [Fact]
    public async Task Role_choices_sit_beside_their_labels_with_what_each_role_may_do()
    {
        var page = await AdministratorAsync("roolien-yllapitaja");

        await page.GotoAsync($"{Site}/admin/kayttajat/uusi");
        var editor = page.GetByRole(AriaRole.Checkbox, new() { Name = "Toimittaja" });
        var box = (await editor.BoundingBoxAsync())!;
        var label = (await page.Locator($"label[for='{await editor.GetAttributeAsync("id")}']").BoundingBoxAsync())!;

        Assert.True(label.X > box.X + box.Width && Math.Abs(label.Y - box.Y) < box.Height * 2, $"The label is at {label.X},{label.Y}, the box at {box.X},{box.Y}.");
        await Assertions.Expect(editor).ToHaveAccessibleDescriptionAsync("Kirjoittaa, julkaisee ja poistaa kaikkien sisältöjä.");
        Assert.Empty(await AdminPages.ViolationsAsync(page));
    }

    [Fact]
    public async Task Admin_tables_scroll_sideways_in_a_focusable_region_on_a_phone()
    {
        var page = await AdministratorAsync("puhelimen-yllapitaja");
        await page.SetViewportSizeAsync(360, 740);
        var violations = new List<string>();

        foreach (var path in new[] { "admin/sisalto", "admin/roolit", "admin/kayttajat", "admin/sisaltotyypit" })
        {
            await page.GotoAsync($"{Site}/{path}");
            violations.AddRange(await AdminPages.ViolationsAsync(page));
        }
        await page.GotoAsync($"{Site}/admin/sisalto");
        var region = page.Locator(".table-scroll[role=region]");
        var pageWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");

        Assert.True(pageWidth <= 360, $"The page is {pageWidth} px wide on a 360 px phone.");
        Assert.Equal("0", await region.GetAttributeAsync("tabindex"));
        Assert.True(await region.EvaluateAsync<bool>("r => r.scrollWidth > r.clientWidth"), "The content table does not scroll in its region.");
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    private async Task<IPage> AdministratorAsync(string userName)
    {
        var tenant = host.Services.GetRequiredService<TenantRegistry>().Find("elava-kainuu")!;
        await TenantUsers.AddAsync(host.Services, tenant, userName, "Administrator");
        var page = await host.Browser.NewPageAsync(new() { BaseURL = host.BaseAddress.ToString() });
        await AdminPages.LogInAsync(page, $"{Site}/login", userName, TenantUsers.Password);
        return page;
    }
}
