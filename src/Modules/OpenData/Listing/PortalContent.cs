using Microsoft.AspNetCore.Http;
using Verkostoportaali.Indexing;

namespace Verkostoportaali.OpenData.Listing;

/// <summary>
/// The portal's <c>/api/content</c>: every listed site's items, paged through the first
/// <see cref="ListingRequest.MaxWindow"/> matches, which the indexes give already merged and ordered.
/// </summary>
public sealed class PortalContent(ListedContent listed) : IPortalContent
{
    public PortalContentPage? List(PortalContentQuery query, HttpRequest request)
    {
        var offset = (int)Math.Min((long)(query.Page - 1) * query.Size, ListingRequest.MaxWindow);
        var (entries, total) = listed.Page(new ContentFilter(query.Culture, query.Type is { } type ? [type] : [], query.Region, query.From, query.To),
            offset, query.Size, request);
        return new PortalContentPage(total, [.. entries.Select(e => e.Item)]);
    }
}
