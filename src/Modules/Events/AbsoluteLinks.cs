using Microsoft.AspNetCore.Http;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;

namespace Verkostoportaali.Events;

/// <summary>Full addresses on the request's own scheme and host, for feeds and JSON-LD read outside the site.</summary>
public static class AbsoluteLinks
{
    public static Uri? To(ContentItem item, HttpRequest request) =>
        ContentDisplay.UrlOf(item, request) is { } path ? new Uri($"{request.Scheme}://{request.Host}{path}") : null;
}
