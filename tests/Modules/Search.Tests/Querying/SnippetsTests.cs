using Microsoft.Extensions.Logging.Abstractions;
using Verkostoportaali.Search.Analysis;
using Verkostoportaali.Search.Querying;

namespace Verkostoportaali.Search.Tests.Querying;

public sealed class SnippetsTests : IDisposable
{
    private readonly SearchAnalyzers analyzers = new(NullLogger<SearchAnalyzers>.Instance);

    [Fact]
    public void Inflected_forms_of_the_query_words_are_marked_and_the_rest_is_encoded()
    {
        var snippet = Snippet("kylä", "Hanke kehittää <b>kylien</b> palveluja & kylätaloja.");

        Assert.Equal("Hanke kehittää &lt;b&gt;<mark>kylien</mark>&lt;/b&gt; palveluja &amp; <mark>kylätaloja</mark>.", snippet);
    }

    [Fact]
    public void A_match_deep_in_a_long_text_is_shown_with_what_is_around_it()
    {
        var text = string.Concat(Enumerable.Repeat("Talkoissa siivottiin rantaa. ", 40)) + "Lopuksi avattiin kylätalo. " +
            string.Concat(Enumerable.Repeat("Kahvia juotiin. ", 30));

        var snippet = Snippet("kylätalo", text);

        Assert.StartsWith("…", snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
        Assert.Contains("avattiin <mark>kylätalo</mark>.", snippet, StringComparison.Ordinal);
        Assert.True(snippet.Length < 300, snippet);
    }

    [Fact]
    public void A_text_without_the_words_shows_its_start()
    {
        var text = "Teemapäivä <luonnossa> " + new string('x', 400);

        var snippet = Snippet("kylä", text);

        Assert.StartsWith("Teemapäivä &lt;luonnossa&gt; xxx", snippet, StringComparison.Ordinal);
        Assert.EndsWith("x…", snippet, StringComparison.Ordinal);
    }

    public void Dispose() => analyzers.Dispose();

    private string Snippet(string q, string text)
    {
        var query = LuceneQueries.Build(VisitorQuery.Parse(q), new SearchRequest(q), analyzers, "fi")!;
        return Snippets.Of(text, analyzers.ForIndex("fi"), LuceneQueries.TextTerms(query));
    }
}
