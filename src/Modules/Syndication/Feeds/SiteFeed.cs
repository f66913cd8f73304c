using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Indexing;
using Verkostoportaali.Localization;

namespace Verkostoportaali.Syndication.Feeds;

/// <summary>
/// A site's feed, or the portal's across every listed site, read from the search indexes (never from each site's
/// database): only published items, each site's own. Items appear once the index has applied them, within seconds.
/// </summary>
public sealed class SiteFeed(TenantContext current, IContentListing listing,
    SiteUrls urls, IStringLocalizer<SyndicationModule> T)
{
    public const int Size = 50;
    private const int SummaryLength = 300;

    public FeedDocument Build(FeedKind kind, HttpRequest request, string format)
    {
        var tenant = current.Tenant;
        var language = request.HttpContext.Language();
        var items = listing.List(new ListingRequest(language, kind.ContentTypes, Size: Size),
            listing.SitesFor(tenant), listing.AbsoluteUrls(request)).Items;
        var siteName = tenant.IsDefault ? T["Verkostoportaali"].Value : tenant.DisplayName;
        var entries = items.Select(i => new FeedEntry(EntryId(i), i.Title, i.Url, Summaries.Shortened(i.Summary, SummaryLength),
            listing.TypeLabel(i.ContentType, language), i.PublishedUtc, Max(i.PublishedUtc, i.ModifiedUtc))).ToList();
        return new FeedDocument($"{siteName}: {T[kind.TitleMsgid]}", siteName,
            tenant.IsDefault ? T["The latest from every site of the portal"] : T["The latest from {0}", siteName],
            language, urls.Home(tenant, request, language), urls.Url(tenant, request, language, $"/feeds/{kind.Name}.{format}"),
            entries.Count > 0 ? entries.Max(e => e.UpdatedUtc) : tenant.CreatedUtc, entries);
    }

    // A tag URI (RFC 4151): the item's id within its site's name, the same wherever and however the feed is read.
    private static string EntryId(ListedItem item) => $"tag:verkostoportaali.fi,2026:{item.Tenant}/{item.ContentItemId}";

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
}
