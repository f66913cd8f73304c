using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verkostoportaali.Contents.Admin;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Security;

namespace Verkostoportaali.Contents.Pages.ContentAdmin;

/// <summary>The public page of the item's latest version, draft or not, for those who may edit it; never indexed.</summary>
[RequirePermission("AccessAdmin")]
public sealed class PreviewModel(ContentDisplay display, ContentAccess access) : PageModel
{
    public ContentItem Item { get; private set; } = null!;
    public string View { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var (item, refusal) = await access.OpenAsync(User, id, ContentOperation.Edit, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        Response.Headers.CacheControl = "no-store";
        (Item, View) = (item!, display.ViewFor(item!.ContentType, DisplayMode.Detail));
        return Page();
    }
}
