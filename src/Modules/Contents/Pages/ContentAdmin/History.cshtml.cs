using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verkostoportaali.Contents.Admin;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Security;

namespace Verkostoportaali.Contents.Pages.ContentAdmin;

/// <summary>An item's versions, who saved each and when; an old version can be restored as a new draft.</summary>
[RequirePermission("AccessAdmin")]
public sealed class HistoryModel(ContentManager content, ContentAccess access) : PageModel
{
    public ContentItem Item { get; private set; } = null!;
    public IReadOnlyList<ContentItem> Versions { get; private set; } = [];
    /// <summary>Why an old version could not be restored, e.g. it breaks a rule added since.</summary>
    public IReadOnlyList<ContentError> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        await RefusedAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostRestoreAsync(string id, string versionId, CancellationToken cancellationToken)
    {
        if (await RefusedAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }
        if (Versions.FirstOrDefault(v => v.VersionId == versionId) is not { } old)
        {
            return NotFound();
        }
        var user = User.Identity!.Name!;
        var restored = await ContentForm.TryAsync(() => content.UpdateDraftAsync(id, draft =>
        {
            draft.CopyPartsFrom(old);
            draft.Author = user;
        }, cancellationToken));
        if (restored.Saved)
        {
            return RedirectToPage("/ContentAdmin/Edit", new { id, tallennettu = "palautettu" });
        }
        Errors = restored.Errors;
        return Page();
    }

    private async Task<IActionResult?> RefusedAsync(string id, CancellationToken cancellationToken)
    {
        (var item, var refusal) = await access.OpenAsync(User, id, ContentOperation.Edit, cancellationToken);
        if (refusal is null)
        {
            Item = item!;
            Versions = [.. (await content.HistoryAsync(id, cancellationToken)).AsEnumerable().Reverse()];
        }
        return refusal;
    }
}
