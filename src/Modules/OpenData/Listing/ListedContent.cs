using Microsoft.AspNetCore.Http;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Indexing;

namespace Verkostoportaali.OpenData.Listing;

/// <summary>What a listing asks: some types (none: all), newest first or, with <see cref="From"/>, soonest first.</summary>
public sealed record ContentFilter(string Culture, IReadOnlyList<string> Types, string? Region = null, DateOnly? From = null, DateOnly? To = null);

/// <summary>A listed item and, for an event, its local start (<c>2030-06-15T18:00</c>, or a day).</summary>
public sealed record ListedEntry(PortalContentItem Item, string? Start);

/// <summary>
/// Published items of the request's site, or on the portal of every listed site, from the search indexes with full
/// addresses (a widget's links are followed from other sites).
/// </summary>
public sealed class ListedContent(TenantContext current, IContentListing listing)
{
    /// <summary>The most items one page holds.</summary>
    public const int MaxItems = ListingRequest.MaxSize;

    public IReadOnlyList<ListedEntry> List(ContentFilter filter, int size, HttpRequest request) => Page(filter, 0, size, request).Entries;

    /// <summary>The items from <paramref name="offset"/> on, and how many match in all (up to <see cref="ListingRequest.MaxWindow"/>).</summary>
    public (IReadOnlyList<ListedEntry> Entries, int Total) Page(ContentFilter filter, int offset, int size, HttpRequest request)
    {
        var order = filter.From is null ? ListingOrder.Newest : ListingOrder.Soonest;
        var page = listing.List(
            new ListingRequest(filter.Culture, filter.Types, order, filter.Region, From: filter.From, To: filter.To, Size: size, Offset: offset),
            listing.SitesFor(current.Tenant), listing.AbsoluteUrls(request));
        return ([.. page.Items.Select(i => new ListedEntry(new PortalContentItem(i.Tenant, i.ContentItemId, i.ContentType, i.Title, i.Url, i.Culture,
            i.PublishedUtc, i.ModifiedUtc, i.Summary, i.Values.GetValueOrDefault(SearchFieldNames.Image)), i.Values.GetValueOrDefault(SearchFieldNames.Start)))], page.Pageable);
    }
}
