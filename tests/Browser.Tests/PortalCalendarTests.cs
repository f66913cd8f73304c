using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Events;
using Verkostoportaali.Recipes;
using Verkostoportaali.Taxonomies;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Browser.Tests;

/// <summary>The portal's national event calendar in Chromium: choosing a region and a month changes the list.</summary>
public sealed class PortalCalendarTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const string Recipe = """
        { "name": "calendar-browser-test", "steps": [
            { "name": "Features", "enable": ["Events"] },
            { "name": "Recipes", "run": ["regions", "themes"] } ] }
        """;

    [Fact]
    public async Task Choosing_a_region_and_a_month_lists_only_their_events()
    {
        var next = new DateOnly(DateTime.Today.Year, DateTime.Today.Month, 1).AddMonths(1);
        var tag = Guid.NewGuid().ToString("N")[..8];
        await CreateSiteAsync(($"Kainuu ensi kuussa {tag}", "kainuu", next.AddDays(3)), ($"Savo ensi kuussa {tag}", "pohjois-savo", next.AddDays(4)),
            ($"Kainuu myöhemmin {tag}", "kainuu", next.AddMonths(1).AddDays(2)));
        var page = await host.Browser.NewPageAsync(new() { BaseURL = host.BaseAddress.ToString() });

        await page.GotoAsync("/koko-suomi/tapahtumat");
        var before = await page.Locator(".portal-items").InnerTextAsync();
        await page.GetByLabel("Maakunta").SelectOptionAsync("kainuu");
        await page.GetByLabel("Kuukausi").SelectOptionAsync(next.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Näytä tapahtumat" }).ClickAsync();
        await page.WaitForURLAsync("**region=kainuu**");
        var after = await page.Locator(".portal-items").InnerTextAsync();
        var calendarLink = await page.GetByRole(AriaRole.Link, new() { Name = "Tilaa nämä tapahtumat kalenteriin (iCalendar)" }).GetAttributeAsync("href");
        var axe = await AxeChecks.RunAsync(page);

        Assert.Contains($"Savo ensi kuussa {tag}", before, StringComparison.Ordinal);
        Assert.Contains($"Kainuu ensi kuussa {tag}", after, StringComparison.Ordinal);
        Assert.DoesNotContain($"Savo ensi kuussa {tag}", after, StringComparison.Ordinal);
        Assert.DoesNotContain($"Kainuu myöhemmin {tag}", after, StringComparison.Ordinal);
        Assert.Contains("region=kainuu", calendarLink, StringComparison.Ordinal);
        Assert.Empty(axe.Violations);
    }

    // A site of its own with the events given, once the portal's calendar lists them all.
    private async Task CreateSiteAsync(params (string Title, string Region, DateOnly Day)[] events)
    {
        var name = "t-" + Guid.NewGuid().ToString("N")[..12];
        var tenant = await host.Services.GetRequiredService<TenantSetup>().CreateAsync(
            new Tenant { Name = name, DisplayName = "Kalenteritesti " + name, UrlPrefix = name, ListedInPortalSearch = true },
            RecipeFiles.Parse(Recipe, "calendar-test.recipe.json"));
        await using (var scope = host.Services.GetRequiredService<TenantScopes>().Create(tenant))
        {
            var content = scope.ServiceProvider.GetRequiredService<ContentManager>();
            foreach (var (title, region, day) in events)
            {
                var item = await content.NewAsync("Event");
                item.Apply(new TitlePart(title)).Apply(new AutoroutePart()).Apply(new EventPart(day))
                    .Apply(new TermsPart(new Dictionary<string, IReadOnlyList<string>> { ["regions"] = [region] }));
                await content.CreateAsync(item, publish: true);
            }
        }
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        await Eventually.TrueAsync(async () =>
        {
            var calendar = await client.GetStringAsync("/feeds/events.ics");
            return events.All(e => calendar.Contains(e.Title, StringComparison.Ordinal));
        }, $"the portal's calendar with the events of {name}");
    }
}
