using Microsoft.AspNetCore.Http;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Indexing;

/// <summary>
/// Lists published items of some sites from the search indexes, without a query and without opening any site's
/// database: what the portal's feeds, calendars, map and lists across sites are built from.
/// </summary>
public interface IContentListing
{
    /// <summary>The sites a listing on <paramref name="current"/> reads: the site itself; on the portal every running site listed in portal search.</summary>
    IReadOnlyList<Tenant> SitesFor(Tenant current);

    /// <summary>One page of the items that match, in the request's order, and how many match in all the sites.</summary>
    /// <param name="urlOf">An item's address from its site's name, its culture and its slug.</param>
    ListedPage List(ListingRequest request, IEnumerable<Tenant> sites, Func<string, string, string, string> urlOf);

    /// <summary>Every value a keyword <paramref name="field"/> has in the sites' indexes of a culture, in text order: a filter's choices.</summary>
    IReadOnlyList<string> KeywordValues(string field, string culture, IEnumerable<Tenant> sites);

    /// <summary>Item addresses relative to the request's host: the site's home, the culture's prefix and the slug.</summary>
    Func<string, string, string, string> RelativeUrls(HttpRequest request);

    /// <summary>Full item addresses, for what is read away from the portal (feeds, calendars, widgets, open data).</summary>
    Func<string, string, string, string> AbsoluteUrls(HttpRequest request);

    /// <summary>A content type's name in a culture, as its module defines it.</summary>
    string TypeLabel(string contentType, string culture);
}

/// <summary>
/// What a listing asks for: some content types in one culture, in an order, from <see cref="Offset"/> on. Each filter
/// is optional: <see cref="Keywords"/> (field, value) must each match one of a mapper's keywords exactly, and
/// <see cref="From"/>–<see cref="To"/> keeps items that take place on some day between them (an event that began
/// earlier and is still going on is in), by <see cref="SearchFieldNames.Date"/> and <see cref="SearchFieldNames.LastDate"/>.
/// </summary>
public sealed record ListingRequest(
    string Culture,
    IReadOnlyList<string> Types,
    ListingOrder Order = ListingOrder.Newest,
    string? Region = null,
    string? Theme = null,
    DateOnly? From = null,
    DateOnly? To = null,
    int Size = 50,
    IReadOnlyDictionary<string, string>? Keywords = null,
    int Offset = 0)
{
    public const int MaxSize = 500;

    /// <summary>
    /// How deep a listing pages: every index batch reads its best <c>Offset + Size</c> items to merge them, so the
    /// offset is bounded; lists page through the first items of this many (<see cref="ListedPage.Pageable"/>).
    /// </summary>
    public const int MaxWindow = 5_000;
}

public enum ListingOrder
{
    /// <summary>Latest published first.</summary>
    Newest,
    /// <summary>Earliest date (an event's start) first.</summary>
    Soonest,
    /// <summary>By title, A to Z.</summary>
    Title,
}

/// <summary>One listed item, as the index keeps it; <see cref="Values"/> are the mappers' stored values (an event's times).</summary>
public sealed record ListedItem(
    string Tenant, string ContentType, string ContentItemId, string Culture, string Title, string Url, string Summary,
    DateTime PublishedUtc, DateTime ModifiedUtc, IReadOnlyDictionary<string, string> Values);

/// <summary>A page of a listing and the number of items that match across every site read.</summary>
public sealed record ListedPage(IReadOnlyList<ListedItem> Items, int Total)
{
    /// <summary>The items a pager can reach: <see cref="Total"/> up to <see cref="ListingRequest.MaxWindow"/>.</summary>
    public int Pageable => Math.Min(Total, ListingRequest.MaxWindow);
}
