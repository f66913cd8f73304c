using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Events.Tests.Pages;

public sealed class AccessibilityTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private static readonly string[] Wcag21AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    [Fact]
    public async Task Event_lists_month_view_and_event_page_pass_axe_for_wcag_2_1_a_and_aa()
    {
        var site = await host.CreateEventSiteAsync(TestEvents.LeaderGroupRecipe);
        var network = await host.AddNetworkAsync(site, "Kylien verkosto");
        var day = TestEvents.DaysFromToday(3);
        await host.AddEventAsync(site, "Kyläilta", new EventPart(day, new TimeOnly(18, 0), day, new TimeOnly(21, 0), "Seurantalo",
            "Kylätie 1", "https://example.fi/striimi", network.ContentItemId, "https://example.fi/ilmoittaudu", day), municipality: "kuhmo");
        await host.AddEventAsync(site, "Talkoot", new EventPart(TestEvents.DaysFromToday(-3)));
        string[] paths = ["tapahtumat", "tapahtumat?aika=menneet", $"tapahtumat/kuukausi/{day.Year}/{day.Month}", "kylailta"];
        var page = await host.Browser.NewPageAsync(new() { BaseURL = host.BaseAddress.ToString() });

        var violations = new List<string>();
        foreach (var path in paths)
        {
            await page.GotoAsync($"/{site.Name}/{path}");
            var result = await page.RunAxe(new AxeRunOptions { RunOnly = RunOnlyOptions.Tags(Wcag21AA) });
            violations.AddRange(result.Violations.SelectMany(v => v.Nodes.Select(n => $"{path}: {v.Id} at {string.Join(" ", n.Target)}: {v.Help}")));
        }

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }
}
