using Verkostoportaali.ContentFields;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Indexing;
using Verkostoportaali.Search.Indexes;

namespace Verkostoportaali.Search.Querying;

/// <summary>
/// Names facet values in a culture: a site by its display name, a type by its label, a region by its name in the regions
/// vocabulary. The values stay ids, which filters take and which are the same in every site.
/// </summary>
public sealed class FacetNames(ITermFieldVocabularies vocabularies, TenantRegistry registry, SearchDocuments documents)
{
    public const string RegionsVocabulary = "regions";

    public async Task<SearchResults> NamedAsync(SearchResults results, string culture, CancellationToken cancellationToken)
    {
        var facets = new Dictionary<string, IReadOnlyList<FacetCount>>();
        foreach (var (field, values) in results.Facets)
        {
            var named = new List<FacetCount>(values.Count);
            foreach (var value in values)
            {
                named.Add(value with { Name = await NameAsync(field, value.Value, culture, cancellationToken) });
            }
            facets[field] = named;
        }
        return results with { Facets = facets };
    }

    private async Task<string?> NameAsync(string field, string value, string culture, CancellationToken cancellationToken) => field switch
    {
        LuceneFields.Tenant => registry.Find(value) is { DisplayName.Length: > 0 } site ? site.DisplayName : value,
        LuceneFields.ContentType => documents.TypeLabel(value, culture),
        SearchFieldNames.Region => await vocabularies.NameAsync(RegionsVocabulary, value, culture, cancellationToken),
        _ => null,
    };
}
