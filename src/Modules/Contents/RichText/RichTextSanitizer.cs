using AngleSharp.Html.Parser;
using Ganss.Xss;

namespace Verkostoportaali.Contents.RichText;

/// <summary>
/// The one allow-list of rich text: what the body editor (Trix 2) writes and what the recipes' bodies use, and nothing
/// else. Other formatting goes but its text stays (a pasted table, span or h3), so that no one's words are lost; what
/// runs, embeds or asks for input goes with its contents: scripts, forms with their fields and buttons, frames, objects,
/// SVG and MathML. Images, style, class and id go too. Without style no text can be laid over the page (position: fixed) or show a picture from
/// elsewhere (background: url()).
/// </summary>
public static class RichTextSanitizer
{
    /// <summary>
    /// How deep rich text may nest. Trix nests a level of list or quote in two elements and inline formatting in a few
    /// more; no one indents 30 levels, and the limit keeps the parser's time, which grows with the square of the depth, small.
    /// </summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// How many elements the parser may make of one text, some 1,500 paragraphs: it stops there, so that markup whose depth
    /// <see cref="HtmlNesting"/> misjudges still costs a fraction of a second.
    /// </summary>
    public const int MaxElements = 5_000;

    // Trix writes div, br, strong, em, del, a, h1, blockquote, pre, ul, ol and li (and dir="rtl" on right-to-left text);
    // the recipes' bodies p, h2, ul and li; b and i are strong and em written by hand.
    // No img: the editor uploads nothing (its attach button is removed), so an image could only come from another site,
    // as a tracking pixel or a fake page drawn over this one.
    private static readonly string[] Tags =
        ["p", "div", "br", "strong", "b", "em", "i", "del", "a", "h1", "h2", "ul", "ol", "li", "blockquote", "pre"];

    private static readonly HashSet<string> DroppedWithContents = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "template", "noscript", "noembed", "noframes", "xmp", "title", "head", "form", "button",
        "select", "textarea", "iframe", "object", "embed", "svg", "math",
    };

    private static readonly HtmlSanitizer Sanitizer = NewSanitizer();

    private static HtmlSanitizer NewSanitizer()
    {
        var sanitizer = new HtmlSanitizer(Options()) { HtmlParserFactory = LimitedParser, KeepChildNodes = true };
        sanitizer.RemovingTag += (_, removing) =>
        {
            if (DroppedWithContents.Contains(removing.Tag.LocalName))
            {
                removing.Tag.Remove();
                removing.Cancel = true;
            }
        };
        return sanitizer;
    }

    private static HtmlSanitizerOptions Options()
    {
        // Empty(): no CSS property, at-rule, class or data- attribute, and no scheme until one is added here.
        var options = HtmlSanitizerOptions.Empty();
        options.AllowedTags.UnionWith(Tags);
        options.AllowedAttributes.UnionWith(["href", "dir"]);
        // Links go to web pages, e-mail addresses and this site's own paths; relative URLs have no scheme and are kept.
        options.UriAttributes.Add("href");
        options.AllowedSchemes.UnionWith(["http", "https", "mailto"]);
        return options;
    }

    // The sanitizer asks for a parser for every text, so each count starts from zero.
    private static HtmlParser LimitedParser()
    {
        var elements = 0;
        return new HtmlParser(new HtmlParserOptions
        {
            OnCreated = (_, _) =>
            {
                if (++elements > MaxElements)
                {
                    throw new ElementLimitException();
                }
            },
        });
    }

    public static bool IsTooDeep(string html) => HtmlNesting.IsDeeperThan(html, MaxDepth);

    /// <summary>
    /// The allowed part of <paramref name="html"/>; null when it cannot be read within bounds: nested deeper than
    /// <see cref="MaxDepth"/> (refused before parsing), more than <see cref="MaxElements"/> elements, or markup the parser fails on.
    /// </summary>
    public static string? Sanitize(string html)
    {
        if (IsTooDeep(html))
        {
            return null;
        }
        try
        {
            return Sanitizer.Sanitize(html);
        }
        // AngleSharp 1.10.3 throws on some tag soup, e.g. "<p><select><xmp></xmp><select><embed>"; a save must not fail with a 500.
        catch (Exception failed) when (failed is ElementLimitException or NullReferenceException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private sealed class ElementLimitException : Exception;
}
