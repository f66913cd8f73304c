using System.Globalization;
using Microsoft.AspNetCore.Http;
using Verkostoportaali.ContentFields;
using Verkostoportaali.ContentFields.Images;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Contents.Api;

/// <summary>A site's item as the content API gives it, with its terms' names in the request's language (<c>/sv/api/content</c>: Swedish).</summary>
public sealed class ItemJson(SiteContentTypes types, ContentPartRegistry parts, ITermFieldVocabularies vocabularies,
    ItemSummary summaries, TenantContext current)
{
    public async Task<ContentItemJson> OfAsync(ContentItem item, HttpRequest request, CancellationToken cancellationToken)
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
