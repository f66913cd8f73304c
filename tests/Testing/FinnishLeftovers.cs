using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Verkostoportaali.Localization;

namespace Verkostoportaali.Testing;

/// <summary>
/// Finnish UI text left on a Swedish or English page: each fi.po translation that the page's language translates
/// differently (en.po or the English msgid), looked for as whole words in the page's text and labels. Content marked
/// with a lang of its own (an untranslated item, a register card's values, the language switcher) is left out.
/// </summary>
public static partial class FinnishLeftovers
{
    private static readonly PoCatalogue Catalogue = PoCatalogue.Load(Path.Combine(AppContext.BaseDirectory, "Localization"));

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    public static IReadOnlyList<string> In(string html)
    {
        var page = new HtmlParser().ParseDocument(html);
        var language = page.DocumentElement.GetAttribute("lang") ?? PortalCultures.Default;
        foreach (var element in page.QuerySelectorAll("script, style, template, head, [lang]")
            .Where(e => e != page.DocumentElement && (e.LocalName is "script" or "style" or "template" or "head" || e.GetAttribute("lang") != language)).ToList())
        {
            element.Remove();
        }
        var labels = page.QuerySelectorAll("[aria-label], [title], [alt], [placeholder], input[value]")
            .SelectMany(e => new[] { "aria-label", "title", "alt", "placeholder", "value" }.Select(e.GetAttribute)).OfType<string>();
        // Text nodes one by one, so that words of neighbouring elements (<li>a</li><li>b</li>) do not run together.
        var words = page.Body?.Descendants<IText>().Select(t => t.Data) ?? [];
        var text = Space().Replace(string.Join(" ", words.Concat(labels)), " ");
        return [.. FinnishTexts(language).Where(finnish => Pattern(finnish).IsMatch(text)).Distinct()];
    }

    private static IEnumerable<string> FinnishTexts(string language) =>
        from sourced in Catalogue.EntriesOf(PortalCultures.Default)
        let entry = sourced.Entry
        let own = Catalogue.Translate(language, entry.Context, entry.Id, [sourced.Source]) ?? entry.Id
        from finnish in entry.Translations
        where finnish != own && finnish != entry.Id && !entry.Translations.Contains(own)
        select finnish;

    // Placeholders stand for values (names, dates), which may be anything: the Finnish words around them must show.
    private static Regex Pattern(string finnish) => new(@"(?<!\w)" + string.Join(@"[\s\S]{0,200}?",
        Placeholder().Split(finnish).Select(f => f.Trim()).Where(f => f.Length > 0).Select(Regex.Escape)) + @"(?!\w)");
}
