using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Microsoft.Extensions.Logging.Abstractions;
using Verkostoportaali.Search.Analysis;

namespace Verkostoportaali.Search.Tests.Analysis;

public sealed class SearchAnalyzersTests : IDisposable
{
    private readonly SearchAnalyzers analyzers = new(NullLogger<SearchAnalyzers>.Instance);

    [Theory]
    [InlineData("luontopalveluihin", "palvelu")]
    [InlineData("monipalvelupisteitä", "palvelu")]
    [InlineData("kylien", "kylä")]
    [InlineData("hankkeiden", "hanke")]
    [InlineData("kehittämishanke", "hanke")]
    [InlineData("Leader-ryhmän", "leader")]
    [InlineData("Leader-ryhmän", "ryhmä")]
    [InlineData("LEADER", "leader")]
    public void A_finnish_word_is_indexed_with_its_base_forms_and_compound_parts(string word, string expected)
    {
        Assert.True(analyzers.HasVoikko, "libvoikko1 and voikko-fi are installed by test.sh");

        Assert.Contains(expected, Terms(analyzers.ForIndex("fi"), word));
    }

    [Theory]
    [InlineData("hankkeen", new[] { "hanke" })]
    [InlineData("ELY-keskuksen", new[] { "ely-keskus" })]
    [InlineData("Verkostoportaali2026", new[] { "verkostoportaali2026" })]
    public void A_finnish_query_word_is_searched_by_its_base_forms_and_an_unknown_word_as_written(string word, string[] expected)
    {
        Assert.True(analyzers.HasVoikko, "libvoikko1 and voikko-fi are installed by test.sh");

        Assert.Equal(expected, Terms(analyzers.ForQuery("fi"), word));
    }

    [Fact]
    public void A_word_over_255_bytes_is_kept_whole()
    {
        var word = new string('ä', 300);

        Assert.Equal([word], Terms(analyzers.ForIndex("fi"), word));
    }

    [Theory]
    [InlineData("nätverken", "nätverk")]
    [InlineData("projekten", "projekt")]
    public void A_swedish_word_is_indexed_with_its_stem(string word, string expected)
    {
        Assert.Contains(expected, Terms(analyzers.ForIndex("sv"), word));
    }

    public void Dispose() => analyzers.Dispose();

    private static List<string> Terms(Analyzer analyzer, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }
        stream.End();
        return terms;
    }
}
