using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Verkostoportaali.ContentFields;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Data;
using Verkostoportaali.Indexing;
using Verkostoportaali.Localization;

namespace Verkostoportaali.Contents.Api;

/// <summary>
/// <c>GET /api/content?type=</c> and <c>GET /api/content/{id}</c>: a tenant's published items as JSON; the portal's list
/// is every listed site's items (<see cref="IPortalContent"/>), which may be filtered by region and dates.
/// </summary>
public static class ContentApiEndpoints
{
    private const int MaxPageSize = 100;

    public static IEndpointRouteBuilder MapContentApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/content").WithTags("Content");
        api.MapGet("", ListAsync).WithDescription("A site's published items, newest first. On the portal (without a site's prefix), "
            + "every listed site's, from the search indexes, which may be filtered by region and by a date (an event's days) from and to "
            + $"(yyyy-MM-dd); with from, soonest first. The portal pages through the first {ListingRequest.MaxWindow} matches, and its total counts those.");
        api.MapGet("/{contentItemId}", GetAsync);
        return routes;
    }

    private static async Task<Results<Ok<ContentPage>, KeptContentPage, ProblemHttpResult>> ListAsync(
        ContentManager content, SiteContentTypes types, ItemJson itemJson, TenantContext current, IPortalContent portal,
        PublishedVersions published, TenantChanges changes, IMemoryCache cache, HttpRequest request, CancellationToken cancellationToken, string? type = null, int page = 1, int size = 20,
        string? region = null, DateOnly? from = null, DateOnly? to = null)
    {
        if (page < 1 || size < 1 || size > MaxPageSize)
        {
            return TypedResults.Problem($"page must be 1 or more, and size from 1 to {MaxPageSize}.", statusCode: StatusCodes.Status400BadRequest);
        }
        var filtered = region is not null || from is not null || to is not null;
        if (current.Tenant.IsDefault && portal.List(new(request.HttpContext.Language(), type, region, from, to, page, size), request) is { } listed)
        {
            return TypedResults.Ok(new ContentPage(listed.Total, page, size, [.. listed.Items.Select(ContentItemJson.From)]));
        }
        if (filtered)
        {
            return TypedResults.Problem("region, from and to filter the portal's list of every site's items (/api/content on the portal).",
                statusCode: StatusCodes.Status400BadRequest);
        }
        if (type is not null && await types.FindAsync(type, cancellationToken) is null)
        {
            return TypedResults.Problem($"This site has no content type '{type}'.", statusCode: StatusCodes.Status404NotFound);
        }
        // The type's row ids in order, once per version of the site's data: a page's count costs no scan.
        var rows = await cache.GetOrMakeAsync(changes, current.Tenant.Name, (typeof(ContentPage), type), () =>
            content.Query(type).OrderByDescending(i => i.PublishedUtc).ThenBy(i => i.Id).Select(i => i.Id).ToListAsync(cancellationToken));
        // In long: page 2,147,483,647 times 100 overflows an int into a negative skip that returned the first items.
        var skip = (long)(page - 1) * size;
        var items = skip >= rows.Count ? [] : await published.InOrderAsync([.. rows.Skip((int)skip).Take(size)], cancellationToken);
        var json = new List<KeptItemJson>(items.Count);
        foreach (var item in items)
        {
            json.Add(await itemJson.KeptAsync(item, request, cancellationToken));
        }
        return new KeptContentPage(rows.Count, page, size, json);
    }

    private static async Task<Results<Ok<ContentItemJson>, ProblemHttpResult>> GetAsync(string contentItemId, ContentManager content,
        ItemJson itemJson, HttpRequest request, CancellationToken cancellationToken) =>
        await content.GetAsync(contentItemId, VersionOptions.Published, cancellationToken) is { } item
            ? TypedResults.Ok(await itemJson.OfAsync(item, request, cancellationToken))
            : TypedResults.Problem($"This site has no published item '{contentItemId}'.", statusCode: StatusCodes.Status404NotFound);
}

public sealed record ContentPage(int Total, int Page, int Size, IReadOnlyList<ContentItemJson> Items);

/// <summary>
/// An item as the content API gives it, on a site and on the portal alike. <see cref="Id"/> (<c>site/item</c>) stays the
/// same wherever the item is listed; <see cref="ImageUrl"/> is its cover image's or logo's address, not a media id. The
/// portal lists from the search indexes, which keep no parts: there <see cref="Parts"/> is empty; the site's own
/// <c>/api/content/{contentItemId}</c> has them.
/// </summary>
public sealed record ContentItemJson(
    string Id,
    string Tenant,
    string ContentItemId,
    string ContentType,
    string DisplayText,
    string? Url,
    string Culture,
    string? LocalizationSet,
    DateTime? PublishedUtc,
    DateTime ModifiedUtc,
    string? Summary,
    string? ImageUrl,
    JsonObject Parts,
    IReadOnlyList<TermName> Terms)
{
    public static string IdOf(string tenant, string contentItemId) => $"{tenant}/{contentItemId}";

    public static ContentItemJson From(PortalContentItem item) => new(IdOf(item.Tenant, item.ContentItemId), item.Tenant, item.ContentItemId,
        item.ContentType, item.Title, item.Url, item.Culture, null, item.PublishedUtc, item.ModifiedUtc,
        item.Summary.Length > 0 ? item.Summary : null, item.ImageUrl, [], []);
}
