using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Modules;
using Verkostoportaali.Data;
using Verkostoportaali.Indexing;
using Verkostoportaali.Maps.Markers;
using Verkostoportaali.Maps.Search;

namespace Verkostoportaali.Maps;

/// <summary>
/// A map of the providers, events and networks that have a place (their own point, or their municipality's centre): a
/// site's own at <c>/kartta</c>, every listed site's on the portal's, built from the search indexes; and as JSON.
/// </summary>
public sealed class MapsModule() : Module(id: Feature, name: "Map", dependsOn: ["Taxonomies", "Search"])
{
    public const string Feature = "Maps";
    public const string MapPath = "/kartta";

    /// <summary>The types the map shows; each names <see cref="LocationPart"/> in its definition.</summary>
    public static readonly IReadOnlyList<string> MappedTypes = ["Provider", "Event", "Network"];

    public override IEnumerable<MigrationStep> Migrations() => MapsMigrations.Steps;

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddOptions<MapOptions>().BindConfiguration(MapOptions.Section);
        services.AddContentPart<LocationPart>()
            .AddSingleton<MunicipalityCentres>()
            .AddScoped<MapMarkers>()
            .AddSearchFields<MapSearchFields>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder routes) => routes.MapMarkersApi();

    public override IEnumerable<NavigationLink> PublicNavigation() => [new("Map", MapPath, 60)];
}
