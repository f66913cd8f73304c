using System.Net.Http.Json;
using Microsoft.Playwright;
using Verkostoportaali.Search.Querying;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Search.Tests.Pages;

/// <summary>Issue 21: on a phone the first screen shows results, and the facets open behind an accessible button.</summary>
public sealed class SearchOnPhoneTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const string Search = "/search?q=hanke";
    [Fact]
    public async Task On_a_phone_the_results_come_first_and_the_facets_open_behind_the_filter_button()
    {
        await DemoIndexedAsync();
        var phone = await host.Browser.NewPageAsync(new() { BaseURL = host.BaseAddress.ToString(), ViewportSize = new() { Width = 375, Height = 740 } });

        await phone.GotoAsync(Search);
        var toggle = phone.GetByRole(AriaRole.Button, new() { Name = "Rajaa" });
        var firstResult = await phone.Locator(".search-results li h2").First.BoundingBoxAsync();
        var closed = (Expanded: await toggle.GetAttributeAsync("aria-expanded"), FacetsShown: await phone.Locator("#search-facets").IsVisibleAsync());
        await toggle.ClickAsync();
        var opened = (Expanded: await toggle.GetAttributeAsync("aria-expanded"), FacetsShown: await phone.Locator("#search-facets").IsVisibleAsync());
        var axe = await AxeChecks.RunAsync(phone);

        Assert.NotNull(firstResult);
        Assert.True(firstResult.Y + firstResult.Height < 740, $"The first result ends at {firstResult.Y + firstResult.Height} px, below the first screen.");
        Assert.Equal(("false", false), closed);
        Assert.Equal(("true", true), opened);
        Assert.Empty(axe.Violations.SelectMany(v => v.Nodes.Select(n => $"{v.Id} at {string.Join(" ", n.Target)}: {v.Help}")));
    }

    [Fact]
    public async Task On_a_wide_screen_the_facets_are_always_shown_and_the_button_is_not()
    {
        await DemoIndexedAsync();
        var wide = await host.Browser.NewPageAsync(new() { BaseURL = host.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 900 } });

        await wide.GotoAsync(Search);

        Assert.True(await wide.Locator("#search-facets").IsVisibleAsync());
        Assert.False(await wide.Locator(".facets-toggle").IsVisibleAsync());
    }

    // The demo's indexes are built after the portal starts.
    private Task DemoIndexedAsync() => Eventually.TrueAsync(async () =>
        (await host.CreateClient().GetFromJsonAsync<SearchResults>("/api/search?q=hanke"))!.Total > 0, "the demo sites' projects in search");
}
