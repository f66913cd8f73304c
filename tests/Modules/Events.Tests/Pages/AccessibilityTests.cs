using Verkostoportaali.Testing;

namespace Verkostoportaali.Events.Tests.Pages;

public sealed class AccessibilityTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task Event_lists_month_view_and_event_page_pass_axe_for_wcag_2_1_a_and_aa()
    {
        var site = await host.CreateEventSiteAsync(TestEvents.LeaderGroupRecipe);
        var network = await host.AddNetworkAsync(site, "Kylien verkosto");
        var day = TestEvents.DaysFromToday(3);
        await host.AddEventAsync(site, "Kyläilta", new EventPart(day, new TimeOnly(18, 0), day, new TimeOnly(21, 0), "Seurantalo",
            "Kylätie 1", "https://example.fi/striimi", network.ContentItemId, "https://example.fi/ilmoittaudu", day), municipality: "kuhmo");
        await host.AddEventAsync(site, "Talkoot", new EventPart(TestEvents.DaysFromToday(-3)));
        string[] paths = ["tapahtumat", "tapahtumat?time=past", $"tapahtumat/kuukausi/{day.Year}/{day.Month}", "kylailta"];
        var page = await host.Browser.NewPageAsync(new() { BaseURL = host.BaseAddress.ToString() });

        var violations = new List<string>();
        foreach (var path in paths)
        {
            await page.GotoAsync($"/{site.Name}/{path}");
            violations.AddRange(await AxeChecks.ViolationsAsync(page, path));
        }

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public async Task Month_grid_shows_on_a_wide_screen_and_gives_way_to_the_list_on_a_phone()
    {
        var site = await host.CreateEventSiteAsync();
        var day = TestEvents.DaysFromToday(3);
        await host.AddEventAsync(site, "Kyläilta", new EventPart(day));
        var path = $"/{site.Name}/tapahtumat/kuukausi/{day.Year}/{day.Month}";
        var wide = await host.Browser.NewPageAsync(new() { BaseURL = host.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 900 } });
        var phone = await host.Browser.NewPageAsync(new() { BaseURL = host.BaseAddress.ToString(), ViewportSize = new() { Width = 375, Height = 800 } });

        await wide.GotoAsync(path);
        await phone.GotoAsync(path);

        Assert.True(await wide.Locator("table.month-grid").IsVisibleAsync());
        Assert.True(await wide.Locator("table.month-grid a", new() { HasText = "Kyläilta" }).IsVisibleAsync());
        Assert.False(await phone.Locator("table.month-grid").IsVisibleAsync());
        Assert.True(await phone.Locator("section.event-day h3", new() { HasText = "Kyläilta" }).IsVisibleAsync());
    }

    [Fact]
    public async Task Pager_marks_the_current_page_moves_on_by_keyboard_and_passes_axe()
    {
        var site = await host.CreateEventSiteAsync();
        for (var n = 1; n <= EventCalendar.PageSize * 2 + 1; n++)
        {
            await host.AddEventAsync(site, $"Tapahtuma {n:00}", new EventPart(TestEvents.DaysFromToday(n)));
        }
        var page = await host.Browser.NewPageAsync(new() { BaseURL = host.BaseAddress.ToString() });

        await page.GotoAsync($"/{site.Name}/tapahtumat");
        // The page's own document, not every subresource's "load": what is asserted is the pager's markup. Should it not
        // come, the failure names the requests still waiting.
        var waiting = new System.Collections.Concurrent.ConcurrentDictionary<Microsoft.Playwright.IRequest, string>();
        page.Request += (_, request) => waiting[request] = request.Url;
        page.RequestFinished += (_, request) => waiting.TryRemove(request, out string? _);
        page.RequestFailed += (_, request) => waiting.TryRemove(request, out string? _);
        // Focus and key in one step: in CI a key pressed after a separate focus went nowhere (no request for page 2
        // was made), as if the focus had moved away in between.
        await page.Locator("nav.pager a[rel=next]").PressAsync("Enter");
        try
        {
            await page.WaitForURLAsync(url => url.EndsWith("page=2", StringComparison.Ordinal), new() { WaitUntil = Microsoft.Playwright.WaitUntilState.DOMContentLoaded });
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"Page 2 did not come (the page is at {page.Url}); requests still waiting: {string.Join(", ", waiting.Values)}", e);
        }
        var result = await AxeChecks.RunAsync(page);

        Assert.Equal("2", await page.Locator("nav.pager a[aria-current=page]").TextContentAsync());
        Assert.Equal("Sivut", await page.Locator("nav.pager").GetAttributeAsync("aria-label"));
        Assert.Equal(3, await page.Locator("nav.pager a:not([rel])").CountAsync());
        Assert.Empty(result.Violations.SelectMany(v => v.Nodes.Select(n => $"{v.Id} at {string.Join(" ", n.Target)}: {v.Help}")));
    }
}
