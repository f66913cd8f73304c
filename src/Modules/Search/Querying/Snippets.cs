using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Verkostoportaali.Search.Querying;

/// <summary>
/// A short piece of the item's text around the first matched word, with the matched words in &lt;mark&gt;.
/// The text is analysed as it was indexed, so "kylien" is marked for the query "kylä". Hand-written although
/// Lucene.Net.Highlighter 4.8.0-beta00017 is now served: it analyses the whole scanned text of every hit, which made a
/// portal search a third more CPU (bench/Search, 3.8 → 5.1 ms); this stops a snippet's length past the first match.
/// </summary>
internal static class Snippets
{
    private const int Length = 220;
    private const int Before = 60;
    // Only the start of the text is analysed, which bounds the time a hit costs.
    private const int Scanned = 2000;
    // Encodes what HTML needs encoded, and leaves letters such as ä and å as they are (WebUtility made them &#228;).
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Of(string text, Analyzer analyzer, IReadOnlySet<string> terms)
    {
        if (text.Length > Scanned)
        {
            text = text[..Scanned];
        }
        var matches = Matches(text, analyzer, terms);
        var start = matches.Count == 0 ? 0 : Math.Max(0, matches[0].Start - Before);
        start = start == 0 ? 0 : WordStart(text, start);
        var end = Math.Min(text.Length, start + Length);
        var snippet = new StringBuilder(start > 0 ? "…" : "");
        var at = start;
        foreach (var (matchStart, matchEnd) in matches.Where(m => m.Start >= start && m.End <= end))
        {
            if (matchStart < at)
            {
                continue;
            }
            snippet.Append(Html.Encode(text[at..matchStart])).Append("<mark>")
                .Append(Html.Encode(text[matchStart..matchEnd])).Append("</mark>");
            at = matchEnd;
        }
        snippet.Append(Html.Encode(text[at..end]));
        return snippet.Append(end < text.Length ? "…" : "").ToString();
    }

    private static List<(int Start, int End)> Matches(string text, Analyzer analyzer, IReadOnlySet<string> terms)
    {
        var matches = new List<(int Start, int End)>();
        if (terms.Count == 0)
        {
            return matches;
        }
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (matches.Count > 0 && offset.StartOffset >= matches[0].Start + Length)
            {
                // Past what a snippet starting before the first match can show: the rest is not analysed.
                break;
            }
            if (terms.Contains(term.ToString()) && (matches.Count == 0 || matches[^1].Start != offset.StartOffset))
            {
                matches.Add((offset.StartOffset, offset.EndOffset));
            }
        }
        stream.End();
        return matches;
    }

    private static int WordStart(string text, int at)
    {
        var space = text.IndexOf(' ', at);
        return space < 0 || space - at > 20 ? at : space + 1;
    }
}
