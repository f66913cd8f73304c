using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Localization;

namespace Verkostoportaali.Contents.Pages.Content;

/// <summary>
/// An item's public page at <c>/{slug}</c>: only the published version, never a draft. Where the item has no version
/// in the page's language, the page says so and shows the one it has, rather than mixing languages silently.
/// </summary>
public sealed class ItemModel(ContentManager content, ContentDisplay display) : PageModel
{
    public ContentItem Item { get; private set; } = null!;
    public string View { get; private set; } = "";
    public bool InOtherLanguage => Item.Culture != HttpContext.Language();

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var item = await content.GetBySlugAsync(slug, HttpContext.Language(), cancellationToken)
            ?? await content.Query().Where(i => i.Slug == slug).OrderBy(i => i.Culture == PortalCultures.Default ? 0 : 1)
                .FirstOrDefaultAsync(cancellationToken);
        if (item is null)
        {
            return NotFound();
        }
        Item = item;
        View = display.ViewFor(item.ContentType, DisplayMode.Detail);
        return Page();
    }
}
