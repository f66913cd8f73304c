using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Verkostoportaali.Core.Indexing;
using Verkostoportaali.Search.Analysis;
using Verkostoportaali.Search.Indexes;

namespace Verkostoportaali.Search.Querying;

/// <summary>
/// Builds the Lucene query: each word must match the text (in any of its analysed forms), each phrase must match
/// as a phrase; matches in the title and the visitor's exact words in a row rank higher. Filters must match too.
/// </summary>
internal static class LuceneQueries
{
    private const float TitleBoost = 3f;
    private const float ExactBoost = 2f;

    public static Query? Build(VisitorQuery visitor, SearchRequest request, SearchAnalyzers analyzers, string culture)
    {
        var analysed = new QueryBuilder(analyzers.ForQuery(culture));
        var query = new BooleanQuery();
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
            AddBoost(query, exact.CreatePhraseQuery(LuceneFields.Exact, phrase));
        }
        if (required == 0)
        {
            return null;
        }
        if (visitor.Words.Count > 1)
        {
            AddBoost(query, exact.CreatePhraseQuery(LuceneFields.Exact, string.Join(' ', visitor.Words)));
        }
        AddFilter(query, LuceneFields.ContentType, request.Type);
        AddFilter(query, SearchFieldNames.Region, request.Region);
        AddFilter(query, SearchFieldNames.Status, request.Status);
        AddFilter(query, SearchFieldNames.Year, request.Year);
        return query;
    }

    /// <summary>The analysed terms the query looks for in the text, for marking snippets.</summary>
    public static HashSet<string> TextTerms(Query query)
    {
        var terms = new HashSet<Term>();
        query.ExtractTerms(terms);
        return [.. terms.Where(t => t.Field == LuceneFields.Text).Select(t => t.Text)];
    }

    private static void AddBoost(BooleanQuery query, Query? boost)
    {
        if (boost is not null)
        {
            boost.Boost = ExactBoost;
            query.Add(boost, Occur.SHOULD);
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
