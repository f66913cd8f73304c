using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verkostoportaali.Core.Content;

namespace Verkostoportaali.Contents.Pages.Content;

/// <summary>An item's public page at <c>/{slug}</c>: only the published version, never a draft.</summary>
public sealed class ItemModel(ContentManager content, ContentDisplay display) : PageModel
{
    public ContentItem Item { get; private set; } = null!;
    public string View { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await content.GetBySlugAsync(slug, "fi", cancellationToken) is not { } item)
        {
            return NotFound();
        }
        Item = item;
        View = display.ViewFor(item.ContentType, DisplayMode.Detail);
        return Page();
    }
}
