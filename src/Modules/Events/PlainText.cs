using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Verkostoportaali.Events;

/// <summary>Sanitised body HTML as plain text, for iCalendar DESCRIPTION and JSON-LD: one line per block, tags dropped.</summary>
public static class PlainText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote",
    };

    private static readonly HtmlParser Parser = new();

    public static string FromHtml(string html)
    {
        var text = new StringBuilder();
        AppendText(Parser.ParseDocument(html).Body!, text);
        var lines = text.ToString().Split('\n')
            .Select(line => string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(line => line.Length > 0);
        return string.Join('\n', lines);
    }

    private static void AppendText(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText textNode)
            {
                // Line breaks in the source are only spacing; lines come from blocks.
                text.Append(textNode.Data.Replace('\r', ' ').Replace('\n', ' '));
                continue;
            }
            var block = child is IElement element && Blocks.Contains(element.LocalName);
            text.Append(block ? "\n" : "");
            AppendText(child, text);
            text.Append(block ? "\n" : "");
        }
    }
}
