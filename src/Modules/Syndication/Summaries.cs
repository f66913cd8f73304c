using System.Buffers;
using System.Text;

namespace Verkostoportaali.Syndication;

/// <summary>Text cut to a length for a description or feed summary: at a word's end, with an ellipsis, whitespace made single spaces.</summary>
public static class Summaries
{
    // What char.IsWhiteSpace calls whitespace, for finding a word's end at vector speed.
    private static readonly SearchValues<char> Whitespace = SearchValues.Create(
        [.. Enumerable.Range(char.MinValue, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace)]);

    public static string Shortened(string text, int length)
    {
        // Only as much of the text is read as can be shown: a page's description may be its whole body, and every
        // public page's head has one. Word by word rather than character by character: a hundredth of an item's page.
        var shown = new StringBuilder(Math.Min(text.Length, length + 2));
        var rest = text.AsSpan().TrimStart();
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOfAny(Whitespace);
            if (shown.Length > 0)
            {
                shown.Append(' ');
            }
            shown.Append(end < 0 ? rest : rest[..end]);
            if (shown.Length > length)
            {
                var cut = length;
                while (cut > 0 && shown[cut] != ' ')
                {
                    cut--;
                }
                return shown.ToString(0, cut > 0 ? cut : length) + "…";
            }
            rest = end < 0 ? [] : rest[end..].TrimStart();
        }
        return shown.ToString();
    }
}
