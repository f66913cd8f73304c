using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Verkostoportaali.ContentFields;
using Verkostoportaali.ContentFields.Images;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Contents.Api;

/// <summary>
/// A site's item as the content API gives it, with its terms' names in the request's language (<c>/sv/api/content</c>:
/// Swedish). Kept per version, address and language in the <see cref="SummaryCache"/>, as a list's summaries are: making
/// it (parts, summary, terms) was most of the API's time. A kept value is shared: read it, never change it.
/// </summary>
public sealed class ItemJson(SiteContentTypes types, ContentPartRegistry parts, ITermFieldVocabularies vocabularies,
    ItemSummary summaries, TenantContext current, SummaryCache kept, IOptions<JsonOptions> json)
{
    public async Task<ContentItemJson> OfAsync(ContentItem item, HttpRequest request, CancellationToken cancellationToken) =>
        (await KeptAsync(item, request, cancellationToken)).Json;

    /// <summary>The item's JSON and its text as the API writes it, serialized once when it is kept: a list writes the
    /// text as it is, where serializing twenty items' parts again was half of the list's time.</summary>
    public Task<KeptItemJson> KeptAsync(ContentItem item, HttpRequest request, CancellationToken cancellationToken) =>
        kept.GetOrMakeAsync(item, request.HttpContext, async () =>
        {
            var made = await MakeAsync(item, request, cancellationToken);
            return new KeptItemJson(made, JsonSerializer.SerializeToUtf8Bytes(made, json.Value.SerializerOptions));
        }, CharsOf);

    // The JSON's text is kept twice: as the record's strings (two bytes a character) and as UTF-8.
    private static int CharsOf(KeptItemJson json) => json.Utf8.Length * 3 / 2;

    private async Task<ContentItemJson> MakeAsync(ContentItem item, HttpRequest request, CancellationToken cancellationToken)
    {
        var summary = await summaries.OfAsync(item, request, cancellationToken);
        var tenant = current.Tenant.Name;
        return new(ContentItemJson.IdOf(tenant, item.ContentItemId), tenant, item.ContentItemId, item.ContentType, item.DisplayText,
            ContentDisplay.UrlOf(item, request), item.Culture, item.LocalizationSet, item.PublishedUtc, item.ModifiedUtc,
            summary.Description, summary.ImageUrl, ContentJson.ForApi(await ShownPartsAsync(item, cancellationToken)),
            await vocabularies.TermsOfAsync(item, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, cancellationToken));
    }

    // The parts as their records read them, so that what only older code knew stays in the store; of the simple fields,
    // only values that read as their field's kind. An image part holds a media id, which means nothing outside the
    // site: the item's ImageUrl stands for it.
    private async Task<IEnumerable<ContentPart>> ShownPartsAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var fields = (await types.FindAsync(item.ContentType, cancellationToken))?.Fields ?? [];
        return item.PartNames.Select(parts.Find).OfType<Type>().Select(item.Get).OfType<ContentPart>()
            .Where(part => part is not IMediaImagePart)
            .Select(part => part is FieldsPart values ? values.ShownOnly(fields) : part);
    }
}

/// <summary>An item's API record and the UTF-8 JSON the API writes for it. Shared once kept: read it, never change it.</summary>
public sealed record KeptItemJson(ContentItemJson Json, byte[] Utf8);
