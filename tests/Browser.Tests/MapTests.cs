using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Recipes;
using Verkostoportaali.Taxonomies;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Browser.Tests;

/// <summary>
/// The map in Chromium: markers clustered, popups linking to the items, and the list of places beside it, reached by
/// keyboard past the map. Tiles come from an address that cannot load (<see cref="BrowserHost"/>), as when a tile
/// server is down: the page must work without them.
/// </summary>
public sealed class MapTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const string Recipe = """
        { "name": "map-browser-test", "steps": [
            { "name": "Features", "enable": ["Providers"] },
            { "name": "Recipes", "run": ["regions", "municipalities", "service-fields"] } ] }
        """;

    [Fact]
    public async Task Map_clusters_nearby_places_links_popups_to_items_and_lists_them_for_keyboards()
    {
        var site = await CreateSiteAsync(("Helsingin toimija", "helsinki"), ("Espoon toimija", "espoo"), ("Utsjoen toimija", "utsjoki"));
        var page = await NewPageAsync();

        await page.GotoAsync($"/{site}/kartta");
        var cluster = page.Locator(".marker-cluster");
        await cluster.WaitForAsync();
        var single = page.Locator(".leaflet-marker-icon:not(.marker-cluster)");
        var clusterCount = await cluster.InnerTextAsync();
        await single.ClickAsync();
        var popupLink = page.Locator(".leaflet-popup-content a");
        await popupLink.WaitForAsync();
        var popupHref = await popupLink.GetAttributeAsync("href");
        var listHref = await page.Locator("#places a", new() { HasText = "Utsjoen toimija" }).GetAttributeAsync("href");
        var groups = await page.Locator("#places h3").AllInnerTextsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Ohita kartta ja siirry paikkojen luetteloon" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.textContent");
        var mapLabel = await page.Locator("#map").GetAttributeAsync("aria-label");

        Assert.Equal("2", clusterCount.Trim());
        Assert.Equal(1, await single.CountAsync());
        Assert.Equal(listHref, popupHref);
        Assert.Equal(["Espoo", "Helsinki", "Utsjoki"], groups);
        Assert.Equal("Espoon toimija", focused.Trim());
        Assert.Equal("Kartta alla luetelluista paikoista", mapLabel);
    }

    [Fact]
    public async Task Map_pages_of_a_site_and_of_the_portal_pass_axe()
    {
        var site = await CreateSiteAsync(("Kajaanin toimija", "kajaani"), ("Sotkamon toimija", "sotkamo"));
        await DemoSearchIndexes.WhenBuiltAsync(host.Services);
        var page = await NewPageAsync();
        var violations = new List<string>();

        foreach (var path in new[] { $"/{site}/kartta", $"/{site}/kartta?region=kainuu", "/kartta", "/sv/kartta", "/en/kartta?type=Network" })
        {
            await page.GotoAsync(path);
            // map.js draws every marker in the same run as it makes the container a Leaflet map.
            await page.Locator("#map.leaflet-container").WaitForAsync();
            violations.AddRange(await AxeChecks.ViolationsAsync(page, path));
        }
        await page.GotoAsync("/kartta");
        var markersOnPortal = await page.Locator("#places li").CountAsync();

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
        Assert.True(markersOnPortal > 2, $"The portal's map shows {markersOnPortal} markers: were the demo's indexes built?");
    }

    // A site of its own with providers in the municipalities given, once the map's JSON lists them all.
    private async Task<string> CreateSiteAsync(params (string Title, string Municipality)[] providers)
    {
        var name = "t-" + Guid.NewGuid().ToString("N")[..12];
        var tenant = await host.Services.GetRequiredService<TenantSetup>().CreateAsync(
            new Tenant { Name = name, DisplayName = "Karttatesti " + name, UrlPrefix = name }, RecipeFiles.Parse(Recipe, "map-test.recipe.json"));
        await using (var scope = host.Services.GetRequiredService<TenantScopes>().Create(tenant))
        {
            var content = scope.ServiceProvider.GetRequiredService<ContentManager>();
            foreach (var (title, municipality) in providers)
            {
                var item = await content.NewAsync("Provider");
                item.Apply(new TitlePart(title)).Apply(new AutoroutePart())
                    .Apply(new TermsPart(new Dictionary<string, IReadOnlyList<string>> { ["municipalities"] = [municipality] }));
                await content.CreateAsync(item, publish: true);
            }
        }
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        await Eventually.TrueAsync(async () =>
            JsonDocument.Parse(await client.GetStringAsync($"/{name}/api/map")).RootElement.GetProperty("total").GetInt32() == providers.Length,
            $"the map of {name} with its {providers.Length} providers");
        return name;
    }

    private async Task<IPage> NewPageAsync()
    {
        var page = await host.Browser.NewPageAsync(new() { BaseURL = host.BaseAddress.ToString() });
        // Nothing leaves the machine, whatever the browser makes of the unreachable tile host.
        await page.RouteAsync("https://tiles.invalid/**", route => route.AbortAsync());
        return page;
    }
}
