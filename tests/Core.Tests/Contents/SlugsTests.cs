using Verkostoportaali.Contents;

namespace Verkostoportaali.Core.Tests.Contents;

public sealed class SlugsTests
{
    [Theory]
    [InlineData("Hyvinvointipäivä Suomussalmella", "hyvinvointipaiva-suomussalmella")]
    [InlineData("Åland ja Öljymäki", "aland-ja-oljymaki")]
    [InlineData("LEADER  --  Pohjois-Karjala!", "leader-pohjois-karjala")]
    [InlineData("  Green Care 2025  ", "green-care-2025")]
    public void Title_becomes_a_lowercase_ascii_slug(string title, string slug)
    {
        var result = Slugs.From(title);

        Assert.Equal(slug, result);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!?—")]
    public void Text_without_letters_or_digits_becomes_item(string title)
    {
        var result = Slugs.From(title);

        Assert.Equal("item", result);
    }

    [Fact]
    public void Long_text_is_cut_to_the_maximum_length()
    {
        var title = new string('a', 150);

        var result = Slugs.From(title);

        Assert.Equal(new string('a', Slugs.MaxLength), result);
    }

    [Fact]
    public void Cut_that_ends_at_a_separator_leaves_no_trailing_hyphen()
    {
        var title = new string('a', Slugs.MaxLength - 1) + " jatkuu";

        var result = Slugs.From(title);

        Assert.Equal(new string('a', Slugs.MaxLength - 1), result);
    }
}
