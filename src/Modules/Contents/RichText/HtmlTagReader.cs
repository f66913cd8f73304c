namespace Verkostoportaali.Contents.RichText;

/// <summary>
/// The start and end tags of HTML as the standard's tokenizer reads them, without building a tree: quoted attribute
/// values, comments, bogus comments and, when told, an element's raw text. Hand-written, because a parser's tokenizer is
/// driven by its tree builder, whose time is what <see cref="HtmlNesting"/> saves.
/// </summary>
internal sealed class HtmlTagReader(string html)
{
    private int at;

    /// <summary>The next start or end tag; null at the end of the text.</summary>
    public HtmlTag? Next()
    {
        while ((at = html.IndexOf('<', at)) >= 0 && ++at < html.Length)
        {
            var end = html[at] == '/' && at + 1 < html.Length && char.IsAsciiLetter(html[at + 1]);
            if (end || char.IsAsciiLetter(html[at]))
            {
                at += end ? 1 : 0;
                var name = Name();
                return Attributes() is { } selfClosing ? new HtmlTag(name, end, selfClosing) : null;
            }
            SkipNonTag();
        }
        return null;
    }

    // Comments end at the first "-->" or "--!>" ("<!-->" included); doctypes, CDATA, "<?…>" and "</ …>" at the first ">".
    // A '<' before anything else is text.
    private void SkipNonTag()
    {
        if (html.AsSpan(at).StartsWith("!--"))
        {
            at = CommentEnd(at + 1);
        }
        else if (html[at] is '!' or '?' or '/')
        {
            var close = html.IndexOf('>', at);
            at = close < 0 ? html.Length : close;
        }
    }

    private string Name()
    {
        var start = at;
        while (at < html.Length && !IsSpace(html[at]) && html[at] is not ('/' or '>'))
        {
            at++;
        }
        return html[start..at].ToLowerInvariant();
    }

    /// <summary>Passes the attributes to the end of the tag: whether it ended in "/>"; null when the text ended first.</summary>
    private bool? Attributes()
    {
        while (at < html.Length)
        {
            var c = html[at++];
            if (c == '>' || (c == '/' && at < html.Length && html[at] == '>'))
            {
                at += c == '/' ? 1 : 0;
                return c == '/';
            }
            if (IsSpace(c) || c == '/')
            {
                continue;
            }
            // A name's first character may be anything, even '=' or a quote; then it runs to a space, '/', '>' or '='.
            while (at < html.Length && !IsSpace(html[at]) && html[at] is not ('/' or '>' or '='))
            {
                at++;
            }
            SkipSpace();
            if (at < html.Length && html[at] == '=')
            {
                at++;
                SkipSpace();
                if (!Value())
                {
                    return null;
                }
            }
        }
        return null;
    }

    private bool Value()
    {
        if (at < html.Length && html[at] is '"' or '\'')
        {
            var close = html.IndexOf(html[at], at + 1);
            at = close < 0 ? html.Length : close + 1;
            return close >= 0;
        }
        while (at < html.Length && !IsSpace(html[at]) && html[at] != '>')
        {
            at++;
        }
        return true;
    }

    /// <summary>Passes the text of a raw text element to its end tag ("&lt;/name" then a space, '/' or '>'), which is read next.</summary>
    public void SkipRawText(string name)
    {
        if (name == "script")
        {
            SkipScript();
            return;
        }
        while ((at = html.IndexOf("</" + name, at, StringComparison.OrdinalIgnoreCase)) >= 0 && !EndsName(at + 2 + name.Length))
        {
            at += 2 + name.Length;
        }
        at = at < 0 ? html.Length : at;
    }

    // A script's text also ends at "</script", except after "<!--" and then "<script", until "-->" or "</script"
    // (the tokenizer's "escaped" and "double escaped" script states).
    private void SkipScript()
    {
        var (escaped, twice) = (false, false);
        while (true)
        {
            var less = html.IndexOf('<', at);
            var dashes = escaped ? html.IndexOf("-->", at, StringComparison.Ordinal) : -1;
            if (dashes >= 0 && (less < 0 || dashes < less))
            {
                (escaped, twice, at) = (false, false, dashes + 3);
            }
            else if (less < 0)
            {
                at = html.Length;
                return;
            }
            else if (!escaped && Follows(less + 1, "!--"))
            {
                (escaped, at) = (true, less + 2);
            }
            else if (Follows(less + 1, "/script") && EndsName(less + 8))
            {
                if (!twice)
                {
                    at = less;
                    return;
                }
                (twice, at) = (false, less + 8);
            }
            else
            {
                twice |= escaped && Follows(less + 1, "script") && EndsName(less + 7);
                at = less + 1;
            }
        }
    }

    private bool Follows(int index, string text) => html.AsSpan(index).StartsWith(text, StringComparison.OrdinalIgnoreCase);

    private bool EndsName(int index) => index < html.Length && (IsSpace(html[index]) || html[index] is '/' or '>');

    private void SkipSpace()
    {
        while (at < html.Length && IsSpace(html[at]))
        {
            at++;
        }
    }

    // From the comment's first '-', so that "<!-->" and "<!--->" end at once, as the tokenizer ends them; "--!>" ends
    // it only after the opening "<!--".
    private int CommentEnd(int dashes)
    {
        for (var i = dashes; (i = html.IndexOf("--", i, StringComparison.Ordinal)) >= 0; i++)
        {
            var rest = html.AsSpan(i + 2);
            if (rest.StartsWith(">") || (i >= dashes + 2 && rest.StartsWith("!>")))
            {
                return i;
            }
        }
        return html.Length;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';
}

/// <summary>A start or end tag: its name in lower case, and whether it ended in "/&gt;".</summary>
internal readonly record struct HtmlTag(string Name, bool End, bool SelfClosing);
