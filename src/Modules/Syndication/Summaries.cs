using System.Text;

namespace Verkostoportaali.Syndication;

/// <summary>Text cut to a length for a description or feed summary: at a word's end, with an ellipsis, whitespace made single spaces.</summary>
public static class Summaries
{
    public static string Shortened(string text, int length)
    {
        // Only as much of the text is read as can be shown: a page's description may be its whole body, and every
        // public page's head has one.
        var shown = new StringBuilder(Math.Min(text.Length, length + 2));
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = shown.Length > 0;
                continue;
            }
            if (space)
            {
                shown.Append(' ');
                space = false;
            }
            shown.Append(c);
            if (shown.Length > length)
            {
                var cut = length;
                while (cut > 0 && shown[cut] != ' ')
                {
                    cut--;
                }
                return shown.ToString(0, cut > 0 ? cut : length) + "…";
            }
        }
        return shown.ToString();
    }
}
