using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verkostoportaali.Contents.Admin;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Security;

namespace Verkostoportaali.Contents.Pages.Admin;

/// <summary>The public page of the item's latest version, draft or not, for those who may edit it; never indexed.</summary>
[RequirePermission("AccessAdmin")]
public sealed class PreviewModel(ContentManager content, ContentDisplay display, ContentAccess access) : PageModel
{
    public ContentItem Item { get; private set; } = null!;
    public string View { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await content.GetAsync(id, VersionOptions.Latest, cancellationToken) is not { } item)
        {
            return NotFound();
        }
        if (!await access.CanAsync(User, item, ContentOperation.Edit))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        Response.Headers.CacheControl = "no-store";
        (Item, View) = (item, display.ViewFor(item.ContentType, DisplayMode.Detail));
        return Page();
    }
}
