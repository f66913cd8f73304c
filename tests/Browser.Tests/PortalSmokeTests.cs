using System.Text.RegularExpressions;
using Verkostoportaali.Testing;
using Microsoft.Playwright;

namespace Verkostoportaali.Browser.Tests;

public sealed partial class PortalSmokeTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task Visitor_opens_the_portal_follows_a_tenant_link_and_reads_a_seed_item()
    {
        var page = await host.Browser.NewPageAsync(new() { BaseURL = host.BaseAddress.ToString() });

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Kehittämisyhdistys Mansikka ry" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Osallisuudella uusia palveluratkaisuja ja hyvinvointia Pohjois-Savoon" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(ItemAddress());

        var heading = await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync();
        Assert.Equal("Osallisuudella uusia palveluratkaisuja ja hyvinvointia Pohjois-Savoon", heading);
        Assert.Contains("Pohjois-Savon maaseutukuntien", await page.Locator("article").TextContentAsync(), StringComparison.Ordinal);
    }

    [GeneratedRegex("/mansikka/osallisuudella-uusia-palveluratkaisuja-ja-hyvinvointia-pohjois-savoon$")]
    private static partial Regex ItemAddress();
}
