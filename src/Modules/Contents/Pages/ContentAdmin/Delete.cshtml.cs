using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verkostoportaali.Contents.Admin;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Security;

namespace Verkostoportaali.Contents.Pages.ContentAdmin;

/// <summary>Deleting an item, after a confirmation: it leaves the site and the lists; its versions stay as history.</summary>
[RequirePermission("AccessAdmin")]
public sealed class DeleteModel(ContentManager content, ContentAccess access) : PageModel
{
    public ContentItem Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        await RefusedAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        if (await RefusedAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }
        await content.RemoveAsync(id, cancellationToken);
        return RedirectToPage("/ContentAdmin/Index", new { type = Item.ContentType });
    }

    private async Task<IActionResult?> RefusedAsync(string id, CancellationToken cancellationToken)
    {
        (var item, var refusal) = await access.OpenAsync(User, id, ContentOperation.Delete, cancellationToken);
        Item = item!;
        return refusal;
    }
}
