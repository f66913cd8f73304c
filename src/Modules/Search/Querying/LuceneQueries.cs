using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Verkostoportaali.Core.Indexing;
using Verkostoportaali.Search.Analysis;
using Verkostoportaali.Search.Indexes;

namespace Verkostoportaali.Search.Querying;

/// <summary>
/// Builds the Lucene query: each word must match the text (in any of its analysed forms), each phrase must match
/// as a phrase; matches in the title rank higher. Filters must match too. The visitor's exact words in a row are a
/// separate boost, applied by rescoring only the best hits: a phrase read from positions in every matching document
/// made a two-word search several times slower than a one-word one.
/// </summary>
internal static class LuceneQueries
{
    private const float TitleBoost = 3f;
    public const float ExactBoost = 2f;

    public static LuceneQuery? Build(VisitorQuery visitor, SearchRequest request, SearchAnalyzers analyzers, string culture)
    {
        var analysed = new QueryBuilder(analyzers.ForQuery(culture));
        var query = new BooleanQuery();
        var exactPhrases = new BooleanQuery();
        var required = 0;
        foreach (var word in visitor.Words)
        {
            if (analysed.CreateBooleanQuery(LuceneFields.Text, word, Occur.MUST) is not { } text)
            {
                continue;
            }
            query.Add(text, Occur.MUST);
            required++;
            if (analysed.CreateBooleanQuery(SearchFieldNames.Title, word, Occur.MUST) is { } title)
            {
                title.Boost = TitleBoost;
                query.Add(title, Occur.SHOULD);
            }
        }
        var exact = new QueryBuilder(analyzers.Exact);
        foreach (var phrase in visitor.Phrases)
        {
            if (analysed.CreatePhraseQuery(LuceneFields.Text, phrase) is not { } text)
            {
                continue;
            }
            query.Add(text, Occur.MUST);
            required++;
            AddExact(exactPhrases, exact.CreatePhraseQuery(LuceneFields.Exact, phrase));
        }
        if (required == 0)
        {
            return null;
        }
        if (visitor.Words.Count > 1)
        {
            AddExact(exactPhrases, exact.CreatePhraseQuery(LuceneFields.Exact, string.Join(' ', visitor.Words)));
        }
        AddFilter(query, LuceneFields.ContentType, request.Type);
        AddFilter(query, SearchFieldNames.Region, request.Region);
        AddFilter(query, SearchFieldNames.Status, request.Status);
        AddFilter(query, SearchFieldNames.Year, request.Year);
        return new LuceneQuery(query, exactPhrases.Clauses.Count > 0 ? exactPhrases : null);
    }

    /// <summary>The analysed terms the query looks for in the text, for marking snippets.</summary>
    public static HashSet<string> TextTerms(LuceneQuery query)
    {
        var terms = new HashSet<Term>();
        query.Match.ExtractTerms(terms);
        return [.. terms.Where(t => t.Field == LuceneFields.Text).Select(t => t.Text)];
    }

    private static void AddExact(BooleanQuery phrases, Query? phrase)
    {
        if (phrase is not null)
        {
            phrases.Add(phrase, Occur.SHOULD);
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

/// <summary>What must match (and how well), and the exact phrases that lift the best hits when they match too.</summary>
internal sealed record LuceneQuery(Query Match, Query? ExactBoost)
{
    // Hits past this rank are not rescored: a visitor rarely pages that far, and the order there matters little.
    public const int RescoreWindow = 50;

    /// <summary>How many of the best hits to collect for the <paramref name="count"/> shown: more when they are rescored.</summary>
    public int Window(int count) => ExactBoost is null ? count : Math.Max(count, RescoreWindow);

    /// <summary>
    /// The top <paramref name="count"/> of <paramref name="top"/>, each hit whose text holds an exact phrase lifted by
    /// the phrase's score. Hand-written: Lucene.Net's QueryRescorer fails on an index part without the phrase's words.
    /// </summary>
    public TopDocs Rescore(IndexSearcher searcher, TopDocs top, int count)
    {
        if (ExactBoost is null || top.ScoreDocs.Length == 0)
        {
            return new TopDocs(top.TotalHits, [.. top.ScoreDocs.Take(count)], top.MaxScore);
        }
        var weight = searcher.CreateNormalizedWeight(ExactBoost);
        var leaves = searcher.IndexReader.Leaves;
        var rescored = new List<ScoreDoc>(top.ScoreDocs.Length);
        foreach (var part in top.ScoreDocs.GroupBy(hit => ReaderUtil.SubIndex(hit.Doc, leaves)))
        {
            var leaf = leaves[part.Key];
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            foreach (var hit in part.OrderBy(hit => hit.Doc))
            {
                var target = hit.Doc - leaf.DocBase;
                var at = scorer is null ? DocIdSetIterator.NO_MORE_DOCS : scorer.DocID < target ? scorer.Advance(target) : scorer.DocID;
                rescored.Add(new ScoreDoc(hit.Doc, at == target ? hit.Score + LuceneQueries.ExactBoost * scorer!.GetScore() : hit.Score));
            }
        }
        var best = rescored.OrderByDescending(hit => hit.Score).ThenBy(hit => hit.Doc).Take(count).ToArray();
        return new TopDocs(top.TotalHits, best, best.Length > 0 ? best[0].Score : float.NaN);
    }
}
