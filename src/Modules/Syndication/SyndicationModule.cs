using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Modules;
using Verkostoportaali.Syndication.Calendar;
using Verkostoportaali.Syndication.Feeds;
using Verkostoportaali.Syndication.Manifest;
using Verkostoportaali.Syndication.Sitemaps;

namespace Verkostoportaali.Syndication;

/// <summary>
/// How a site is found and followed outside the portal: RSS and Atom feeds and an iCalendar of events (a site's own, or
/// on the portal every listed site's, from the search indexes), sitemaps, robots.txt and the web manifest.
/// </summary>
public sealed class SyndicationModule() : Module(id: Feature, name: "Feeds and sitemaps", dependsOn: ["Search"])
{
    public const string Feature = "Syndication";

    /// <summary>Feeds answer HEAD as GET does (without the body), as crawlers and feed readers check with it.</summary>
    public static readonly string[] GetAndHead = ["GET", "HEAD"];

    public override void ConfigureServices(IServiceCollection services) => services
        .AddScoped<SiteUrls>()
        .AddScoped<SiteFeed>()
        .AddScoped<EventsCalendar>()
        .AddScoped<SitemapPages>();

    /// <summary>Adds pages that no navigation links name to every sitemap of a site with <paramref name="feature"/>.</summary>
    public static IServiceCollection AddSitemapPaths(IServiceCollection services, string feature, params string[] paths)
    {
        foreach (var path in paths)
        {
            services.AddSingleton(new SitemapPath(feature, path));
        }
        return services;
    }

    public override void MapEndpoints(IEndpointRouteBuilder routes) => routes
        .MapFeeds().MapEventsCalendar().MapSitemaps().MapWebManifest();
}
