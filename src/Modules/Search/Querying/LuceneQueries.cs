using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Verkostoportaali.Indexing;
using Verkostoportaali.Search.Analysis;
using Verkostoportaali.Search.Indexes;

namespace Verkostoportaali.Search.Querying;

/// <summary>
/// Builds the Lucene query: each word must match the text (in any of its analysed forms), each phrase must match
/// as a phrase; filters must match too. Words in the title and the visitor's exact words in a row lift the best hits
/// afterwards (<see cref="LuceneQuery.Rescore"/>): as clauses of the query they were read for every match in every
/// site's index, and made a search half again as slow.
/// </summary>
internal static class LuceneQueries
{
    // A hit whose title holds every word scores three times as high; an exact phrase lifts it by half.
    private const float TitleLift = 2f;
    private const float ExactLift = 0.5f;

    public static LuceneQuery? Build(VisitorQuery visitor, SearchRequest request, SearchAnalyzers analyzers, string culture)
    {
        var analysed = new QueryBuilder(analyzers.ForQuery(culture));
        var query = new BooleanQuery();
        var titles = new List<Query>();
        foreach (var word in visitor.Words)
        {
            if (analysed.CreateBooleanQuery(LuceneFields.Text, word, Occur.MUST) is not { } text)
            {
                continue;
            }
            query.Add(text, Occur.MUST);
            if (analysed.CreateBooleanQuery(SearchFieldNames.Title, word, Occur.MUST) is { } title)
            {
                titles.Add(title);
            }
        }
        var exact = new QueryBuilder(analyzers.Exact);
        var exactPhrases = new List<Query>();
        foreach (var phrase in visitor.Phrases)
        {
            if (analysed.CreatePhraseQuery(LuceneFields.Text, phrase) is not { } text)
            {
                continue;
            }
            query.Add(text, Occur.MUST);
            AddIfAny(exactPhrases, exact.CreatePhraseQuery(LuceneFields.Exact, phrase));
        }
        if (query.Clauses.Count == 0)
        {
            return null;
        }
        if (visitor.Words.Count > 1)
        {
            AddIfAny(exactPhrases, exact.CreatePhraseQuery(LuceneFields.Exact, string.Join(' ', visitor.Words)));
        }
        AddFilter(query, LuceneFields.ContentType, request.Type);
        AddFilter(query, SearchFieldNames.Region, request.Region);
        AddFilter(query, SearchFieldNames.Status, request.Status);
        AddFilter(query, SearchFieldNames.Year, request.Year);
        var lifts = titles.Select(t => new Lift(t, TitleLift / titles.Count)).Concat(exactPhrases.Select(p => new Lift(p, ExactLift / exactPhrases.Count)));
        // One word alone is searched as itself: a Boolean query around a single clause costs a scorer per hit.
        return new LuceneQuery(query.Clauses.Count == 1 ? query.Clauses[0].Query : query, [.. lifts]);
    }

    /// <summary>The analysed terms the query looks for in the text, for marking snippets.</summary>
    public static HashSet<string> TextTerms(LuceneQuery query)
    {
        var terms = new HashSet<Term>();
        query.Match.ExtractTerms(terms);
        return [.. terms.Where(t => t.Field == LuceneFields.Text).Select(t => t.Text)];
    }

    private static void AddIfAny(List<Query> queries, Query? query)
    {
        if (query is not null)
        {
            queries.Add(query);
        }
    }

    private static void AddFilter(BooleanQuery query, string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            // A filter decides what matches, not how well: it adds nothing to the score.
            query.Add(new ConstantScoreQuery(new TermQuery(new Term(field, value.Trim()))) { Boost = 0f }, Occur.MUST);
        }
    }
}

/// <summary>A query whose matches lift a hit's score by <see cref="Factor"/> times the score.</summary>
internal sealed record Lift(Query Query, float Factor);

/// <summary>What must match (and how well), and what lifts the best hits when they match it too.</summary>
internal sealed record LuceneQuery(Query Match, IReadOnlyList<Lift> Lifts)
{
    // Hits past this rank are not lifted: a visitor rarely pages that far, and the order there matters little.
    public const int RescoreWindow = 50;

    /// <summary>How many of the best hits to collect for the <paramref name="count"/> shown: more when they are rescored.</summary>
    public int Window(int count) => Lifts.Count == 0 ? count : Math.Max(count, RescoreWindow);

    /// <summary>
    /// The top <paramref name="count"/> of <paramref name="top"/>, each hit's score multiplied by one plus the factors
    /// of the lifts it matches. A lift only asks whether a hit matches, so it is tested in each index part holding
    /// hits on its own, without reading the other parts' term statistics. Hand-written: Lucene.Net's QueryRescorer
    /// reads every part, and fails on a part without the query's words.
    /// </summary>
    public TopDocs Rescore(IndexSearcher searcher, TopDocs top, int count)
    {
        if (Lifts.Count == 0 || top.ScoreDocs.Length == 0)
        {
            return new TopDocs(top.TotalHits, [.. top.ScoreDocs.Take(count)], top.MaxScore);
        }
        var leaves = searcher.IndexReader.Leaves;
        var rescored = new List<ScoreDoc>(top.ScoreDocs.Length);
        foreach (var part in top.ScoreDocs.GroupBy(hit => ReaderUtil.SubIndex(hit.Doc, leaves)))
        {
            var leaf = leaves[part.Key];
            var hits = part.OrderBy(hit => hit.Doc).ToArray();
            var factors = Factors(new IndexSearcher(leaf.AtomicReader), [.. hits.Select(hit => hit.Doc - leaf.DocBase)]);
            rescored.AddRange(hits.Select((hit, i) => new ScoreDoc(hit.Doc, hit.Score * factors[i])));
        }
        var best = rescored.OrderByDescending(hit => hit.Score).ThenBy(hit => hit.Doc).Take(count).ToArray();
        return new TopDocs(top.TotalHits, best, best.Length > 0 ? best[0].Score : float.NaN);
    }

    private float[] Factors(IndexSearcher part, int[] docs)
    {
        var factors = docs.Select(_ => 1f).ToArray();
        var context = part.IndexReader.Leaves[0];
        foreach (var lift in Lifts)
        {
            if (part.CreateNormalizedWeight(lift.Query).GetScorer(context, context.AtomicReader.LiveDocs) is not { } scorer)
            {
                continue;
            }
            for (var i = 0; i < docs.Length; i++)
            {
                var at = scorer.DocID < docs[i] ? scorer.Advance(docs[i]) : scorer.DocID;
                if (at == docs[i])
                {
                    factors[i] += lift.Factor;
                }
            }
        }
        return factors;
    }
}
