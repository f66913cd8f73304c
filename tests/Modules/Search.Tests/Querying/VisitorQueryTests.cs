using Verkostoportaali.Search.Querying;

namespace Verkostoportaali.Search.Tests.Querying;

public sealed class VisitorQueryTests
{
    [Fact]
    public void Quotes_make_a_phrase_and_the_other_words_stay_words()
    {
        var query = VisitorQuery.Parse("kylä \"green care\" palvelu");

        Assert.Equal(["kylä", "palvelu"], query.Words);
        Assert.Equal(["green care"], query.Phrases);
    }

    [Fact]
    public void Operators_and_control_characters_are_not_words()
    {
        var query = VisitorQuery.Parse("kylä AND\u0000 OR palvelu");

        Assert.Equal(["kylä", "palvelu"], query.Words);
    }

    [Fact]
    public void Ten_thousand_characters_are_cut_to_the_limit()
    {
        var query = VisitorQuery.Parse(new string('a', 10_000));

        Assert.True(query.Words.Single().Length <= VisitorQuery.MaxLength);
    }
}
