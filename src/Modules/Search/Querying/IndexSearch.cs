using System.Diagnostics;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Indexing;
using Verkostoportaali.Search.Analysis;
using Verkostoportaali.Search.Indexes;
using Verkostoportaali.Search.Outbox;

namespace Verkostoportaali.Search.Querying;

/// <summary>
/// Searches the indexes of some tenants in one culture as one <see cref="MultiReader"/> over their current readers:
/// one tenant for a site's own search, all listed tenants for the portal. More tenants than the open-reader bound are
/// searched in batches, each batch's readers given back before the next: slower, as readers reopen, but the bound holds.
/// Hits of different batches are then ranked by scores from each batch's own term statistics. A page found is kept in
/// the <see cref="SearchResultCache"/> until any index changes.
/// </summary>
public sealed class IndexSearch(TenantIndexes indexes, SearchAnalyzers analyzers, SearchBacklog backlog, SearchResultCache cache, SearchMetrics metrics)
{
    /// <param name="urlOf">The public address of an item, from its tenant, culture and slug.</param>
    public SearchResults Search(SearchRequest request, IEnumerable<Tenant> tenants, Func<string, string, string, string> urlOf)
    {
        var culture = SearchAnalyzers.CultureOf(request.Culture);
        var visitor = VisitorQuery.Parse(request.Q);
        if (visitor.IsEmpty)
        {
            return SearchResults.None;
        }
        var started = Stopwatch.GetTimestamp();
        var names = tenants.Select(t => t.Name).ToList();
        var key = new ResultKey(indexes.Version, culture, string.Join('\n', names), visitor.Key, request.Type, request.Region,
            request.Status, request.Year, request.SafePage, request.SafeSize);
        // The query is analysed only when the cache does not have the page: a repeated search needs no voikko.
        var found = cache.GetOrFind(key, () => LuceneQueries.Build(visitor, request, analyzers, culture) is { } query
            ? Find(request, query, names, culture)
            : FoundPage.None, page => page.Hits.Count).WithUrls(urlOf);
        metrics.Record(Stopwatch.GetElapsedTime(started));
        return found;
    }

    private FoundPage Find(SearchRequest request, LuceneQuery query, List<string> names, string culture)
    {
        var batches = IndexBatches.Of(indexes, names).ToList();
        var (page, size) = (request.SafePage, request.SafeSize);
        // With one batch only the page itself is loaded; with several, each batch's best up to the page's end compete.
        var skip = batches.Count == 1 ? (page - 1) * size : 0;
        var facets = new FacetCollector(LuceneFields.Facets);
        var total = 0;
        var found = new List<(float Score, Document Document)>();
        foreach (var batch in batches)
        {
            total += SearchBatch(query, batch, culture, facets, skip, page * size - skip, found);
        }
        var terms = LuceneQueries.TextTerms(query);
        var hits = found.OrderByDescending(f => f.Score).Skip((page - 1) * size - skip).Take(size)
            .Select(f => Hit(f.Document, f.Score, culture, terms)).ToList();
        return new FoundPage(total, hits, facets.Counts());
    }

    /// <summary>Searches one batch of tenants, adds its hits from <paramref name="skip"/> to <paramref name="found"/>, returns its total.</summary>
    private int SearchBatch(LuceneQuery query, string[] tenants, string culture, FacetCollector facets, int skip, int count,
        List<(float, Document)> found) => IndexBatches.Read(indexes, backlog, tenants, culture, searcher =>
        {
            var top = TopScoreDocCollector.Create(query.Window(skip + count), docsScoredInOrder: false);
            searcher.Search(query.Match, MultiCollector.Wrap(top, facets));
            facets.Flush();
            var best = query.Rescore(searcher, top.GetTopDocs(), skip + count);
            found.AddRange(best.ScoreDocs.Skip(skip).Select(hit => (hit.Score, searcher.Doc(hit.Doc))));
            return top.TotalHits;
        }, none: 0);

    private FoundHit Hit(Document document, float score, string culture, HashSet<string> terms)
    {
        var tenant = document.Get(LuceneFields.Tenant);
        var title = document.Get(SearchFieldNames.Title) ?? "";
        var text = document.Get(LuceneFields.Snippet) is { Length: > 0 } body ? body : title;
        return new FoundHit(tenant, document.Get(LuceneFields.ContentType), document.Get(LuceneFields.Id), title, culture,
            document.Get(LuceneFields.Slug) ?? "", Snippets.Of(text, analyzers.ForIndex(culture), terms), document.Get(LuceneFields.Culture) ?? culture, score);
    }
}
