using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Modules;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Indexing;
using Verkostoportaali.Localization;

namespace Verkostoportaali.Contents;

/// <summary>
/// How an item describes itself in its page's head, from what its parts give search (so that each module says it once):
/// its <see cref="SearchDocument.Summary"/> and picture.
/// </summary>
public sealed class ItemSummary(IEnumerable<ISearchFields> mappers, ModuleCatalog catalog, TenantContext tenant)
{
    public PageMeta Of(ContentItem item)
    {
        var fields = new SearchDocument();
        foreach (var mapper in mappers.Where(m => catalog.RunsIn(m, tenant.Tenant)))
        {
            mapper.Map(item, fields);
        }
        return new PageMeta(fields.Summary, "article", fields.Stored.GetValueOrDefault(SearchFieldNames.Image));
    }
}
