using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Events;
using Verkostoportaali.Taxonomies;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Maps.Tests;

/// <summary>Sites with providers, events and networks for the map's tests: each test makes its own, and waits for its index.</summary>
public static class TestSites
{
    public const string Recipe = """
        { "name": "maps-test", "steps": [
            { "name": "Features", "enable": ["Events", "Networks", "Providers"] },
            { "name": "Recipes", "run": ["regions", "municipalities", "themes", "service-fields"] } ] }
        """;

    public static Task<Tenant> CreateAsync(PortalHost host, bool listed = true) =>
        host.CreateSiteAsync(Recipe, t => t with { ListedInPortalSearch = listed });

    /// <summary>Adds a published item of <paramref name="type"/> with terms (vocabulary → ids) and, when given, its own point.</summary>
    public static async Task<ContentItem> AddAsync(this PortalHost host, Tenant site, string type, string title,
        IReadOnlyDictionary<string, IReadOnlyList<string>> terms, LocationPart? location = null, bool publish = true, Action<ContentItem>? fill = null)
    {
        await using var scope = host.Services.GetRequiredService<TenantScopes>().Create(site);
        var content = scope.ServiceProvider.GetRequiredService<ContentManager>();
        var item = await content.NewAsync(type);
        item.Apply(new TitlePart(title)).Apply(new AutoroutePart()).Apply(new TermsPart(terms));
        if (location is not null)
        {
            item.Apply(location);
        }
        fill?.Invoke(item);
        await content.CreateAsync(item, publish);
        return item;
    }

    public static Task<ContentItem> AddEventAsync(this PortalHost host, Tenant site, string title, string municipality, DateOnly day) =>
        host.AddAsync(site, "Event", title, In(municipality), fill: item => item.Apply(new EventPart(day)));

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> In(string municipality, string? serviceField = null) =>
        serviceField is null
            ? new Dictionary<string, IReadOnlyList<string>> { ["municipalities"] = [municipality] }
            : new Dictionary<string, IReadOnlyList<string>> { ["municipalities"] = [municipality], ["service-fields"] = [serviceField] };

    /// <summary>The markers at <paramref name="url"/> once <paramref name="ready"/> holds: the search index catches up in the background.</summary>
    public static Task<MapAnswer> MarkersWhenAsync(this HttpClient client, string url, Func<MapAnswer, bool> ready) =>
        Eventually.ValueAsync(async () =>
        {
            var answer = JsonSerializer.Deserialize<MapAnswer>(await client.GetStringAsync(url), JsonSerializerOptions.Web)!;
            return ready(answer) ? answer : null;
        }, $"{url} as expected");

    public sealed record MapAnswer(int Total, IReadOnlyList<Marker> Markers);

    public sealed record Marker(string Title, string Type, string Url, double Lat, double Lon, string? Municipality, string? MunicipalityName, string? Site);
}
