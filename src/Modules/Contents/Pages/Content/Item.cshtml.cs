using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Localization;

namespace Verkostoportaali.Contents.Pages.Content;

/// <summary>
/// An item's public page at <c>/{slug}</c>: only the published version, never a draft. Its variants (items of the same
/// localization set) are linked, and the language switcher leads to them at their own slugs. Where the item has no
/// version in the page's language, the page says so and shows the one it has, rather than mixing languages silently.
/// </summary>
public sealed class ItemModel(ContentManager content, ContentDisplay display, ItemSummary summary) : PageModel
{
    public ContentItem Item { get; private set; } = null!;
    public string View { get; private set; } = "";
    public bool InOtherLanguage => Item.Culture != HttpContext.Language();

    /// <summary>The item's own address and its variants', by culture, except the page's language.</summary>
    public IReadOnlyDictionary<string, string> OtherLanguages { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var language = HttpContext.Language();
        var item = await content.GetBySlugAsync(slug, language, cancellationToken)
            ?? await content.Query().Where(i => i.Slug == slug).OrderBy(i => i.Culture == PortalCultures.Default ? 0 : 1)
                .FirstOrDefaultAsync(cancellationToken);
        if (item is null)
        {
            return NotFound();
        }
        var urls = (await VariantsAsync(item, cancellationToken)).Append(item).Where(v => v.Slug is not null)
            .DistinctBy(v => v.Culture).ToDictionary(v => v.Culture, v => HttpContext.PathIn(v.Culture, "/" + v.Slug));
        if (item.Culture != language && urls.TryGetValue(language, out var translated))
        {
            // An address in this language that names another language's slug: the item has a version here, so go there.
            return Redirect(translated);
        }
        (Item, View) = (item, display.ViewFor(item.ContentType, DisplayMode.Detail));
        OtherLanguages = urls.Where(u => u.Key != language).ToDictionary();
        HttpContext.Features.Set(new LanguageAlternates(urls));
        HttpContext.Features.Set(await summary.OfAsync(item, Request, cancellationToken));
        return Page();
    }

    private async Task<List<ContentItem>> VariantsAsync(ContentItem item, CancellationToken cancellationToken) =>
        item.LocalizationSet is null ? [] : await content.Query()
            .Where(i => i.LocalizationSet == item.LocalizationSet && i.ContentItemId != item.ContentItemId)
            .OrderBy(i => i.ContentItemId).ToListAsync(cancellationToken);
}
