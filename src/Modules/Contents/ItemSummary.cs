using Microsoft.AspNetCore.Http;
using Verkostoportaali.ContentFields.Images;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Modules;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Indexing;
using Verkostoportaali.Localization;

namespace Verkostoportaali.Contents;

/// <summary>
/// How an item describes itself in its page's head, from what its parts give search (so that each module says it once):
/// its <see cref="SearchDocument.Summary"/> and picture, the item's cover image or logo first. Kept in the
/// <see cref="SummaryCache"/>, since mapping every part for search costs more than the rest of an item's page.
/// </summary>
public sealed class ItemSummary(IEnumerable<ISearchFields> mappers, ModuleCatalog catalog, TenantContext tenant, IMediaImages images,
    SummaryCache summaries)
{
    public Task<PageMeta> OfAsync(ContentItem item, HttpRequest request, CancellationToken cancellationToken = default) =>
        summaries.GetOrMakeAsync(item, request.HttpContext, () => MakeAsync(item, request, cancellationToken),
            meta => (meta.Description?.Length ?? 0) + (meta.ImageUrl?.Length ?? 0) + (meta.ImageAlt?.Length ?? 0));

    private async Task<PageMeta> MakeAsync(ContentItem item, HttpRequest request, CancellationToken cancellationToken)
    {
        var fields = new SearchDocument();
        foreach (var mapper in mappers.Where(m => catalog.RunsIn(m, tenant.Tenant)))
        {
            mapper.Map(item, fields);
        }
        var image = await images.SourcesAsync(ItemImage.Of(item)?.MediaId, request, request.HttpContext.Language(), cancellationToken);
        return image is null
            ? new PageMeta(fields.Summary, "article", fields.Stored.GetValueOrDefault(SearchFieldNames.Image))
            : new PageMeta(fields.Summary, "article", image.Src, image.Alt);
    }
}
