using Microsoft.AspNetCore.Http;
using Verkostoportaali.Core.Modules;

namespace Verkostoportaali.Indexing;

/// <summary>
/// A page of the portal's <c>/api/content</c>: items of a type in a culture, optionally in a region and with a date
/// (an event's days) from <see cref="From"/> to <see cref="To"/>.
/// </summary>
public sealed record PortalContentQuery(string Culture, string? Type, string? Region, DateOnly? From, DateOnly? To, int Page, int Size);

/// <summary>One published item of a listed site, as the search index keeps it.</summary>
public sealed record PortalContentItem(string Tenant, string ContentItemId, string ContentType, string Title, string Url, string Culture,
    DateTime PublishedUtc, DateTime ModifiedUtc, string Summary, string? ImageUrl);

/// <summary><see cref="Total"/> counts the matching items up to the listing's bound.</summary>
public sealed record PortalContentPage(int Total, IReadOnlyList<PortalContentItem> Items);

/// <summary>The published items of every listed site for the portal's content API, read from the search indexes.</summary>
public interface IPortalContent
{
    /// <summary>The page; null where no module lists across sites, and the portal then lists its own items.</summary>
    PortalContentPage? List(PortalContentQuery query, HttpRequest request);
}

/// <summary>A portal without a listing across sites.</summary>
internal sealed class NoPortalContent : IPortalContent
{
    public PortalContentPage? List(PortalContentQuery query, HttpRequest request) => null;
}

/// <summary><c>AddPortalContent()</c>: the kernel's stand-in for <see cref="IPortalContent"/>.</summary>
public static class PortalContentRegistration
{
    public static PortalBuilder AddPortalContent(this PortalBuilder portal) => portal.AddOptionalContract<IPortalContent, NoPortalContent>();
}
