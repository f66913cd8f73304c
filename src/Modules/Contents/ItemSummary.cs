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
/// its <see cref="SearchDocument.Summary"/> and picture, the item's cover image or logo first.
/// </summary>
public sealed class ItemSummary(IEnumerable<ISearchFields> mappers, ModuleCatalog catalog, TenantContext tenant, IMediaImages images)
{
    public async Task<PageMeta> OfAsync(ContentItem item, HttpRequest request, CancellationToken cancellationToken = default)
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
