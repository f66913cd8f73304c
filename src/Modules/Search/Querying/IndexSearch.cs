using Lucene.Net.Index;
using Lucene.Net.Search;
using Verkostoportaali.Core.Indexing;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Search.Analysis;
using Verkostoportaali.Search.Indexes;

namespace Verkostoportaali.Search.Querying;

/// <summary>
/// Searches the indexes of some tenants in one culture as one <see cref="MultiReader"/> over their current
/// near-real-time readers: one tenant for a site's own search, all listed tenants for the portal.
/// </summary>
public sealed class IndexSearch(TenantIndexes indexes, SearchAnalyzers analyzers)
{
    /// <param name="urlOf">The public address of an item, from its tenant, culture and slug.</param>
    public SearchResults Search(SearchRequest request, IEnumerable<Tenant> tenants, Func<string, string, string, string> urlOf)
    {
        var culture = SearchAnalyzers.CultureOf(request.Culture);
        var visitor = VisitorQuery.Parse(request.Q);
        if (visitor.IsEmpty || LuceneQueries.Build(visitor, request, analyzers, culture) is not { } query)
        {
            return SearchResults.None;
        }
        var open = tenants.Select(t => indexes.Find(t.Name, culture)).OfType<TenantIndex>().ToList();
        var searchers = open.Select(i => i.Acquire()).ToList();
        try
        {
            return Run(query, request, culture, [.. searchers.Select(s => s.IndexReader)], urlOf);
        }
        finally
        {
            for (var i = 0; i < open.Count; i++)
            {
                open[i].Release(searchers[i]);
            }
        }
    }

    private SearchResults Run(Query query, SearchRequest request, string culture, IndexReader[] readers, Func<string, string, string, string> urlOf)
    {
        if (readers.Length == 0)
        {
            return SearchResults.None;
        }
        // The readers belong to their indexes: the MultiReader must not close them.
        using var all = new MultiReader(readers, closeSubReaders: false);
        var searcher = new IndexSearcher(all);
        var (page, size) = (request.SafePage, request.SafeSize);
        var top = TopScoreDocCollector.Create(page * size, docsScoredInOrder: false);
        var facets = new FacetCollector(LuceneFields.Facets);
        searcher.Search(query, MultiCollector.Wrap(top, facets));
        var terms = LuceneQueries.TextTerms(query);
        var hits = top.GetTopDocs((page - 1) * size, size).ScoreDocs
            .Select(hit => Hit(searcher.Doc(hit.Doc), hit.Score, culture, terms, urlOf)).ToList();
        return new SearchResults(top.TotalHits, hits, facets.Counts());
    }

    private SearchHit Hit(Lucene.Net.Documents.Document document, float score, string culture, HashSet<string> terms,
        Func<string, string, string, string> urlOf)
    {
        var tenant = document.Get(LuceneFields.Tenant);
        var title = document.Get(SearchFieldNames.Title) ?? "";
        var text = document.Get(LuceneFields.Snippet) is { Length: > 0 } body ? body : title;
        return new SearchHit(tenant, document.Get(LuceneFields.ContentType), document.Get(LuceneFields.Id), title,
            urlOf(tenant, culture, document.Get(LuceneFields.Slug) ?? ""), Snippets.Of(text, analyzers.ForIndex(culture), terms),
            document.Get(LuceneFields.Culture) ?? culture, score);
    }
}
