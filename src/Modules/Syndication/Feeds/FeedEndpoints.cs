using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Verkostoportaali.Syndication.Feeds;

/// <summary><c>GET /feeds/{all|stories|events|projects}.rss</c> and <c>.atom</c>: a site's feeds, or the portal's of every listed site.</summary>
public static class FeedEndpoints
{
    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder routes)
    {
        var feeds = routes.MapGroup("/feeds").WithTags("Feeds");
        feeds.MapMethods("/{kind}.rss", SyndicationModule.GetAndHead, (string kind, SiteFeed feed, HttpRequest request) =>
            FeedKind.Find(kind) is { } found ? Answers.Xml(RssFeed.Write(feed.Build(found, request, "rss")), RssFeed.ContentType) : Results.NotFound());
        feeds.MapMethods("/{kind}.atom", SyndicationModule.GetAndHead, (string kind, SiteFeed feed, HttpRequest request) =>
            FeedKind.Find(kind) is { } found ? Answers.Xml(AtomFeed.Write(feed.Build(found, request, "atom")), AtomFeed.ContentType) : Results.NotFound());
        return routes;
    }
}
