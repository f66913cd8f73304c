using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Modules;
using Verkostoportaali.Indexing;
using Verkostoportaali.OpenData.Listing;
using Verkostoportaali.OpenData.Widgets;

namespace Verkostoportaali.OpenData;

/// <summary>
/// Open data beyond a site's own API: the portal's <c>/api/content</c> across every listed site, and the lists a member
/// organisation embeds in its own web pages (upcoming events, latest projects) as a frame or with a script.
/// </summary>
public sealed class OpenDataModule() : Module(id: Feature, name: "Open data", dependsOn: ["Search"])
{
    public const string Feature = "OpenData";

    /// <summary>The widget pages' first segment; pages under it may be framed by any site.</summary>
    public const string WidgetPath = "/upotus";

    public override IEnumerable<Type> Provides() => [typeof(IPortalContent)];

    public override void ConfigureServices(IServiceCollection services) => services
        .AddScoped<ListedContent>()
        .AddScoped<IPortalContent, PortalContent>()
        .AddScoped<WidgetLists>();

    public override void MapEndpoints(IEndpointRouteBuilder routes) => routes.MapWidgetApi();
}
