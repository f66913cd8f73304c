using Verkostoportaali.Contents.Import;

namespace Verkostoportaali.Contents.Tests.Import;

public sealed class TextLanguageTests
{
    [Theory]
    [InlineData("Hankkeen päämääränä on kehittää järjestöjen ja kuntien yhteistyötä sekä löytää uusi näkökulma.", "fi")]
    [InlineData("Palveleva yhteisö 2020 -hanke lisää sektorien välistä yhteistyötä ja parantaa palveluja.", "fi")]
    [InlineData("Projektets syfte är att i samarbete mellan organisationer och kommuner utveckla service för byarna.", "sv")]
    [InlineData("The project develops services for the villages and the people who live in them.", "en")]
    public void Text_is_told_by_its_frequent_words_and_endings(string text, string culture)
    {
        var detected = TextLanguage.Detect(text);

        Assert.Equal(culture, detected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("145432 2020")]
    public void Text_without_words_of_any_language_has_none(string text)
    {
        var detected = TextLanguage.Detect(text);

        Assert.Null(detected);
    }
}
