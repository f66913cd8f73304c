using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Content;

namespace Verkostoportaali.Contents.Api;

/// <summary><c>GET /api/content?type=</c> and <c>GET /api/content/{id}</c>: a tenant's published items as JSON.</summary>
public static class ContentApiEndpoints
{
    private const int MaxPageSize = 100;

    public static IEndpointRouteBuilder MapContentApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/content").WithTags("Content");
        api.MapGet("", ListAsync);
        api.MapGet("/{contentItemId}", GetAsync);
        return routes;
    }

    private static async Task<Results<Ok<ContentPage>, ProblemHttpResult>> ListAsync(
        ContentManager content, ContentDefinitionStore definitions, ITermFieldVocabularies vocabularies, HttpRequest request,
        CancellationToken cancellationToken,
        string? type = null, int page = 1, int size = 20)
    {
        if (page < 1 || size < 1 || size > MaxPageSize)
        {
            return TypedResults.Problem($"page must be 1 or more, and size from 1 to {MaxPageSize}.", statusCode: StatusCodes.Status400BadRequest);
        }
        if (type is not null && await definitions.FindAsync(type, cancellationToken) is null)
        {
            return TypedResults.Problem($"This site has no content type '{type}'.", statusCode: StatusCodes.Status404NotFound);
        }
        var query = content.Query(type);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(i => i.PublishedUtc).ThenBy(i => i.Id)
            .Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        var json = new List<ContentItemJson>(items.Count);
        foreach (var item in items)
        {
            json.Add(await ContentItemJson.FromAsync(item, request, vocabularies, cancellationToken));
        }
        return TypedResults.Ok(new ContentPage(total, page, size, json));
    }

    private static async Task<Results<Ok<ContentItemJson>, ProblemHttpResult>> GetAsync(string contentItemId, ContentManager content,
        ITermFieldVocabularies vocabularies, HttpRequest request, CancellationToken cancellationToken) =>
        await content.GetAsync(contentItemId, VersionOptions.Published, cancellationToken) is { } item
            ? TypedResults.Ok(await ContentItemJson.FromAsync(item, request, vocabularies, cancellationToken))
            : TypedResults.Problem($"This site has no published item '{contentItemId}'.", statusCode: StatusCodes.Status404NotFound);
}

public sealed record ContentPage(int Total, int Page, int Size, IReadOnlyList<ContentItemJson> Items);

public sealed record ContentItemJson(
    string ContentItemId,
    string ContentType,
    string DisplayText,
    string? Url,
    string Culture,
    string? LocalizationSet,
    DateTime? PublishedUtc,
    DateTime ModifiedUtc,
    JsonObject Parts,
    IReadOnlyList<TermName> Terms)
{
    /// <summary>The item with its terms' names in the request's language (<c>/sv/api/content</c>: Swedish).</summary>
    public static async Task<ContentItemJson> FromAsync(ContentItem item, HttpRequest request, ITermFieldVocabularies vocabularies,
        CancellationToken cancellationToken) => new(
        item.ContentItemId, item.ContentType, item.DisplayText, ContentDisplay.UrlOf(item, request), item.Culture,
        item.LocalizationSet, item.PublishedUtc, item.ModifiedUtc, item.PartsForApi(),
        await vocabularies.TermsOfAsync(item, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, cancellationToken));
}
