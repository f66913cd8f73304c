using Verkostoportaali.Search.Analysis;

namespace Verkostoportaali.Search.Tests.Analysis;

public sealed class WordAnalysisTests
{
    [Fact]
    public void A_derivational_suffix_joins_its_stem_and_the_last_part_comes_from_the_base_form()
    {
        var parts = WordAnalysis.PartsOf("+luonto(luonto)+palvel(palvella)+u(+u)", "luontopalvelu").ToList();

        Assert.Equal(["luonto", "luonto", "palvelu"], parts);
    }

    [Fact]
    public void A_word_of_one_piece_has_no_parts()
    {
        Assert.Empty(WordAnalysis.PartsOf("+kylä(kylä)", "kylä"));
    }
}
