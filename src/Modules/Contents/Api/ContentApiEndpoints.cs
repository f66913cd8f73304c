using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Verkostoportaali.ContentFields;
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
        ContentManager content, ContentDefinitionStore definitions, ContentPartRegistry parts, ITermFieldVocabularies vocabularies,
        HttpRequest request, CancellationToken cancellationToken, string? type = null, int page = 1, int size = 20)
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
        // In long: page 2,147,483,647 times 100 overflows an int into a negative skip that returned the first items.
        var skip = (long)(page - 1) * size;
        var items = skip >= total ? [] : await query.OrderByDescending(i => i.PublishedUtc).ThenBy(i => i.Id)
            .Skip((int)skip).Take(size).ToListAsync(cancellationToken);
        var json = new List<ContentItemJson>(items.Count);
        foreach (var item in items)
        {
            json.Add(await JsonOfAsync(item, definitions, parts, vocabularies, request, cancellationToken));
        }
        return TypedResults.Ok(new ContentPage(total, page, size, json));
    }

    private static async Task<Results<Ok<ContentItemJson>, ProblemHttpResult>> GetAsync(string contentItemId, ContentManager content,
        ContentDefinitionStore definitions, ContentPartRegistry parts, ITermFieldVocabularies vocabularies, HttpRequest request,
        CancellationToken cancellationToken) =>
        await content.GetAsync(contentItemId, VersionOptions.Published, cancellationToken) is { } item
            ? TypedResults.Ok(await JsonOfAsync(item, definitions, parts, vocabularies, request, cancellationToken))
            : TypedResults.Problem($"This site has no published item '{contentItemId}'.", statusCode: StatusCodes.Status404NotFound);

    // The parts as their records read them, so that what only older code knew stays in the store; of the simple fields,
    // only values that read as their field's kind.
    private static async Task<ContentItemJson> JsonOfAsync(ContentItem item, ContentDefinitionStore definitions, ContentPartRegistry parts,
        ITermFieldVocabularies vocabularies, HttpRequest request, CancellationToken cancellationToken)
    {
        var fields = (await definitions.FindAsync(item.ContentType, cancellationToken))?.Fields ?? [];
        return await ContentItemJson.FromAsync(item, request, item.PartNames.Select(parts.Find).OfType<Type>().Select(item.Get)
            .OfType<ContentPart>().Select(part => part is FieldsPart values ? values.ShownOnly(fields) : part), vocabularies, cancellationToken);
    }
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
    public static async Task<ContentItemJson> FromAsync(ContentItem item, HttpRequest request, IEnumerable<ContentPart> parts,
        ITermFieldVocabularies vocabularies, CancellationToken cancellationToken) => new(
        item.ContentItemId, item.ContentType, item.DisplayText, ContentDisplay.UrlOf(item, request), item.Culture,
        item.LocalizationSet, item.PublishedUtc, item.ModifiedUtc, ContentJson.ForApi(parts),
        await vocabularies.TermsOfAsync(item, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, cancellationToken));
}
