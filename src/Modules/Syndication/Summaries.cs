namespace Verkostoportaali.Syndication;

/// <summary>Text cut to a length for a description or feed summary: at a word's end, with an ellipsis, whitespace made single spaces.</summary>
public static class Summaries
{
    public static string Shortened(string text, int length)
    {
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length <= length)
        {
            return text;
        }
        var cut = text.LastIndexOf(' ', length);
        return text[..(cut > 0 ? cut : length)] + "…";
    }
}
