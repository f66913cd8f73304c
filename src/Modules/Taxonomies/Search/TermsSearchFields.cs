using Verkostoportaali.Core.Content;
using Verkostoportaali.Indexing;

namespace Verkostoportaali.Taxonomies.Search;

/// <summary>Regions, municipalities and themes as exact term ids, which are the same in every tenant, so portal facets add up.</summary>
public sealed class TermsSearchFields : ISearchFields
{
    private static readonly Dictionary<string, string> FieldOfVocabulary = new(StringComparer.Ordinal)
    {
        ["regions"] = SearchFieldNames.Region,
        ["municipalities"] = SearchFieldNames.Municipality,
        ["themes"] = SearchFieldNames.Theme,
    };

    public void Map(ContentItem item, SearchDocument document)
    {
        if (item.Get<TermsPart>() is not { } terms)
        {
            return;
        }
        foreach (var (vocabulary, field) in FieldOfVocabulary)
        {
            foreach (var term in terms.Of(vocabulary).Distinct(StringComparer.Ordinal))
            {
                document.AddKeyword(field, term);
            }
        }
    }
}
