using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Contents;
using Verkostoportaali.Core;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Recipes;
using Verkostoportaali.Taxonomies;

namespace Verkostoportaali.Events.Tests;

/// <summary>Sites and events for the tests, on the in-process host or the browser host: each test makes its own tenant.</summary>
public static class TestEvents
{
    /// <summary>Events and networks without the vocabularies: quick to set up.</summary>
    public const string EventsRecipe = """
        { "name": "events-test", "steps": [ { "name": "Features", "enable": ["Events", "Networks", "Articles"] } ] }
        """;

    /// <summary>A Leader group's site, with regions and municipalities.</summary>
    public const string LeaderGroupRecipe = """
        { "name": "leader-group-test", "steps": [ { "name": "Recipes", "run": ["leader-group"] } ] }
        """;

    public static Task<Tenant> CreateEventSiteAsync(this WebApplicationFactory<Program> host, string recipe = EventsRecipe)
    {
        var name = "t-" + Guid.NewGuid().ToString("N")[..12];
        var tenant = new Tenant { Name = name, DisplayName = "Tapahtumasivusto " + name, UrlPrefix = name };
        return host.Services.GetRequiredService<TenantSetup>().CreateAsync(tenant, RecipeFiles.Parse(recipe, "events-test.recipe.json"));
    }

    public static Task<ContentItem> AddEventAsync(this WebApplicationFactory<Program> host, Tenant site, string title, EventPart part,
        bool publish = true, string? municipality = null) =>
        host.AddItemAsync(site, "Event", title, publish, item =>
        {
            item.Apply(new BodyPart($"<p>{title}: <strong>tervetuloa</strong> mukaan!</p>")).Apply(part);
            if (municipality is not null)
            {
                item.Apply(new TermsPart(new Dictionary<string, IReadOnlyList<string>> { ["municipalities"] = [municipality] }));
            }
        });

    public static Task<ContentItem> AddNetworkAsync(this WebApplicationFactory<Program> host, Tenant site, string title) =>
        host.AddItemAsync(site, "Network", title, publish: true, _ => { });

    public static async Task<ContentItem> AddItemAsync(this WebApplicationFactory<Program> host, Tenant site, string type, string title,
        bool publish, Action<ContentItem> fill)
    {
        await using var scope = host.Services.GetRequiredService<TenantScopes>().Create(site);
        var content = scope.ServiceProvider.GetRequiredService<ContentManager>();
        var item = await content.NewAsync(type);
        item.Apply(new TitlePart(title)).Apply(new AutoroutePart());
        fill(item);
        await content.CreateAsync(item, publish);
        return item;
    }

    /// <summary>A day this many days from today in Finland, for pages that ask the real clock.</summary>
    public static DateOnly DaysFromToday(int days) => HelsinkiTime.Today(TimeProvider.System).AddDays(days);
}
