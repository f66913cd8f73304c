using Microsoft.AspNetCore.Http;
using Verkostoportaali.Indexing;

namespace Verkostoportaali.OpenData.Listing;

/// <summary>
/// The portal's <c>/api/content</c>: every listed site's items, paged through the first <see cref="ListedContent.MaxItems"/>
/// matches, which the indexes give already merged and ordered.
/// </summary>
public sealed class PortalContent(ListedContent listed) : IPortalContent
{
    public PortalContentPage? List(PortalContentQuery query, HttpRequest request)
    {
        var found = listed.List(new ContentFilter(query.Culture, query.Type is { } type ? [type] : [], query.Region, query.From, query.To),
            ListedContent.MaxItems, request);
        var skip = (int)Math.Min((long)(query.Page - 1) * query.Size, found.Count);
        return new PortalContentPage(found.Count, [.. found.Skip(skip).Take(query.Size).Select(e => e.Item)]);
    }
}
