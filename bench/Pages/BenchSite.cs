using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Bench.Harness;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Events;
using Verkostoportaali.Recipes;

namespace Verkostoportaali.Bench.Pages;

/// <summary>
/// The measured site: a Green Care network made from <c>recipes/green-care-network.recipe.json</c> with 1,000
/// projects, 200 events, 100 providers, 50 networks and 200 articles, each published through the site's
/// <see cref="ContentManager"/> (one transaction per type), and what its pages must show.
/// </summary>
public sealed record BenchSite(string Name, string DisplayName, ContentItem Project, DateOnly EventMonth, ContentItem EventInMonth)
{
    public const int ProjectCount = 1000;
    public const int EventCount = 200;
    public const int ProviderCount = 100;
    public const int NetworkCount = 50;
    public const int ArticleCount = 200;
    private const int Seed = 15;

    public static async Task<BenchSite> CreateAsync(InProcessPortal portal, CancellationToken cancellationToken)
    {
        var services = portal.Services;
        var clock = Stopwatch.StartNew();
        var recipe = await services.GetRequiredService<RecipeFiles>().ReadAsync("green-care-network", cancellationToken);
        var tenant = await services.GetRequiredService<TenantSetup>().CreateAsync(new Tenant
        {
            Name = "verkosto",
            DisplayName = "Keski-Suomen Green Care -verkosto",
            UrlPrefix = "verkosto",
            Region = SiteItems.Region,
        }, recipe, cancellationToken);
        var scopes = services.GetRequiredService<TenantScopes>();
        var text = new FinnishText(Seed);
        text.Site();
        var items = new SiteItems(text);
        var projects = await BulkContent.CreateAsync(scopes, tenant, "Project", ProjectCount, items.Project, cancellationToken);
        var events = await BulkContent.CreateAsync(scopes, tenant, "Event", EventCount, items.Event, cancellationToken);
        await BulkContent.CreateAsync(scopes, tenant, "Provider", ProviderCount, items.Provider, cancellationToken);
        await BulkContent.CreateAsync(scopes, tenant, "Network", NetworkCount, items.Network, cancellationToken);
        await BulkContent.CreateAsync(scopes, tenant, "Article", ArticleCount, items.Article, cancellationToken);
        Console.Error.WriteLine($"  {ProjectCount + EventCount + ProviderCount + NetworkCount + ArticleCount} items created in {clock.Elapsed.TotalSeconds:f1} s; indexing for search");
        await portal.WhenIndexedAsync(cancellationToken);
        Console.Error.WriteLine($"  indexed after {clock.Elapsed.TotalSeconds:f1} s");
        // The middle event's month: about eight events fall in each month.
        var middle = events[EventCount / 2];
        var month = middle.Get<EventPart>()!.StartDate;
        return new BenchSite(tenant.Name, tenant.DisplayName, projects[ProjectCount / 2], new DateOnly(month.Year, month.Month, 1), middle);
    }
}
