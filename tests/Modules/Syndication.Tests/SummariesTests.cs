namespace Verkostoportaali.Syndication.Tests;

public sealed class SummariesTests
{
    [Theory]
    [InlineData("  Kylätalo \n on\tauki  ", 100, "Kylätalo on auki")]
    [InlineData("Kylätalo on", 11, "Kylätalo on")]
    [InlineData("Kylätalo on   \n", 11, "Kylätalo on")]
    [InlineData("Kylätalo on auki", 11, "Kylätalo on…")]
    [InlineData("Kylätalo on auki", 10, "Kylätalo…")]
    [InlineData("Kylätalo  \n on auki", 10, "Kylätalo…")]
    [InlineData("Kylätalossa", 4, "Kylä…")]
    [InlineData(" \n ", 10, "")]
    [InlineData("Kylä\u00a0talo\u2003on", 100, "Kylä talo on")]
    [InlineData("Kylätalo on", 8, "Kylätalo…")]
    [InlineData("Kylätalo", 8, "Kylätalo")]
    public void Text_is_cut_at_a_words_end_with_its_whitespace_made_single_spaces(string text, int length, string expected) =>
        Assert.Equal(expected, Summaries.Shortened(text, length));
}
