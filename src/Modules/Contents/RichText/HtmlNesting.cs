namespace Verkostoportaali.Contents.RichText;

/// <summary>
/// How deep the elements of some HTML nest, counted in one pass over its tags (<see cref="HtmlTagReader"/>) before any
/// parser sees it: AngleSharp's tree builder, and so HtmlSanitizer, takes time in the square of the depth (50,000 nested
/// divs took 11 s). An element is closed only where the tree builder surely closes it, so the count is at most about
/// twice shallower than the parser's tree (which adds table rows and sections) and may be deeper for tag soup, e.g.
/// inline SVG with many self-closed children. Where the two read markup differently (tag soup in a &lt;select&gt;,
/// which AngleSharp reads its own way), <see cref="RichTextSanitizer.MaxElements"/> bounds the parser's time instead.
/// </summary>
public static class HtmlNesting
{
    // Elements that are never open: the parser inserts and pops them at once (in HTML, not in SVG or MathML).
    private static readonly HashSet<string> Void =
        ["area", "base", "basefont", "bgsound", "br", "embed", "hr", "image", "img", "input", "link", "meta", "param", "source", "track", "wbr"];

    // Start tags that close an open <p> (the tree builder's "close a p element" when one is in button scope).
    private static readonly HashSet<string> ClosesP =
    [
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "search", "section", "summary",
        "ul", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "listing", "form", "plaintext", "hr", "xmp", "li", "dd", "dt",
    ];

    // End tags that close every element above theirs that has an optional end tag ("generate implied end tags").
    private static readonly HashSet<string> ClosesImplied =
    [
        "address", "article", "aside", "blockquote", "button", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "header", "hgroup", "listing", "main", "menu", "nav", "ol", "pre", "search",
        "section", "summary", "ul", "li", "dd", "dt", "p", "select", "table",
    ];

    private static readonly HashSet<string> OptionalEnd = ["p", "li", "dd", "dt", "option", "optgroup", "rb", "rp", "rt", "rtc"];
    private static readonly HashSet<string> TableParts = ["caption", "colgroup", "tbody", "thead", "tfoot", "tr", "td", "th"];

    // Raw text: their content is not tags. In a <select> or a <template> the parser may ignore the start tag (AngleSharp
    // even <style> in a <select>, and a <textarea> after a <col> in a template), except a <script>'s.
    private static readonly HashSet<string> RawText = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"];

    /// <summary>Whether elements nest more than <paramref name="limit"/> deep; the count stops just past the limit.</summary>
    public static bool IsDeeperThan(string html, int limit) => DepthOf(html, stopAfter: limit) > limit;

    /// <summary>The deepest nesting of elements, counted up to one past <paramref name="stopAfter"/>.</summary>
    public static int DepthOf(string html, int stopAfter = int.MaxValue) => new OpenElements(new HtmlTagReader(html)).Deepest(stopAfter);

    // The tree builder's stack of open elements, as far as the tags' names tell it.
    private sealed class OpenElements(HtmlTagReader tags)
    {
        private readonly List<string> open = [];
        // SVG and MathML elements open: inside them nothing is void, raw text or closed by another tag.
        private int foreign;
        // Select and template elements open: the parser may ignore a start tag there, and AngleSharp even nests in an <hr>.
        private int ignoring;

        public int Deepest(int stopAfter)
        {
            var deepest = 0;
            while (deepest <= stopAfter && tags.Next() is var (name, end, selfClosing))
            {
                if (end)
                {
                    Close(name);
                }
                else if (!Open(name, selfClosing))
                {
                    return Math.Max(deepest, open.Count);
                }
                deepest = Math.Max(deepest, open.Count);
            }
            return deepest;
        }

        /// <summary>Opens an element; false when the rest of the text is no markup (<c>plaintext</c>).</summary>
        private bool Open(string name, bool selfClosing)
        {
            if (foreign == 0 && ignoring == 0)
            {
                while (open.Count > 0 && Closes(name, open[^1]))
                {
                    Pop();
                }
                if (Void.Contains(name))
                {
                    return true;
                }
            }
            if (name is "svg" or "math" && selfClosing)
            {
                return true;
            }
            var markup = foreign > 0 || (ignoring > 0 && name != "script");
            Push(name);
            if (!markup && RawText.Contains(name))
            {
                tags.SkipRawText(name);
            }
            return markup || name != "plaintext";
        }

        private static bool Closes(string start, string top) => top switch
        {
            "p" => ClosesP.Contains(start),
            "li" => start == "li",
            "dd" or "dt" => start is "dd" or "dt",
            "option" => start is "option" or "optgroup",
            "td" or "th" => start is "td" or "th" or "tr",
            "tr" => start == "tr",
            _ => false,
        };

        private void Close(string name)
        {
            var match = open.Count - 1;
            if (foreign == 0 && ClosesImplied.Contains(name))
            {
                while (match >= 0 && open[match] != name
                    && (OptionalEnd.Contains(open[match]) || (name == "table" && TableParts.Contains(open[match]))))
                {
                    match--;
                }
            }
            if (match >= 0 && open[match] == name)
            {
                while (open.Count > match)
                {
                    Pop();
                }
            }
        }

        private void Push(string name)
        {
            open.Add(name);
            foreign += name is "svg" or "math" ? 1 : 0;
            ignoring += name is "select" or "template" ? 1 : 0;
        }

        private void Pop()
        {
            var name = open[^1];
            open.RemoveAt(open.Count - 1);
            foreign -= name is "svg" or "math" ? 1 : 0;
            ignoring -= name is "select" or "template" ? 1 : 0;
        }
    }
}
