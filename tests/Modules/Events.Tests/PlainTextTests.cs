namespace Verkostoportaali.Events.Tests;

public sealed class PlainTextTests
{
    [Fact]
    public void Blocks_become_lines_and_inline_tags_disappear()
    {
        var html = "<p>Tervetuloa <strong>hyvinvointipäivään</strong>!</p><ul><li>Luennot</li><li>Näytteilleasettajat</li></ul>";

        var text = PlainText.FromHtml(html);

        Assert.Equal("Tervetuloa hyvinvointipäivään!\nLuennot\nNäytteilleasettajat", text);
    }

    [Fact]
    public void Entities_are_decoded_and_runs_of_white_space_collapse()
    {
        var text = PlainText.FromHtml("<p>Kahvi &amp; pulla   \n  klo&nbsp;10</p>");

        Assert.Equal("Kahvi & pulla klo 10", text);
    }
}
