using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verkostoportaali.Contents.Admin;
using Verkostoportaali.Contents.Editing;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Security;

namespace Verkostoportaali.Contents.Pages.ContentAdmin;

/// <summary>A new item of a type: the form generated from the type's definition; saved as a draft or published at once.</summary>
[RequirePermission("AccessAdmin")]
public sealed class CreateModel(ContentDefinitionStore definitions, ContentEditor editor, ContentForm form, ContentAccess access)
    : PageModel
{
    public ContentTypeDefinition Type { get; private set; } = null!;
    public ItemFormView Form { get; private set; } = null!;
    public bool CanPublish { get; private set; }

    public async Task<IActionResult> OnGetAsync(string type, CancellationToken cancellationToken)
    {
        if (await RefusedAsync(type, ContentOperation.Edit, cancellationToken) is { } refused)
        {
            return refused;
        }
        Form = new ItemFormView(editor.EditorsOf(Type, new Dictionary<string, IReadOnlyList<string>>(), []), []);
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(string type, CancellationToken cancellationToken) =>
        SaveAsync(type, publish: false, cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(string type, CancellationToken cancellationToken) =>
        SaveAsync(type, publish: true, cancellationToken);

    private async Task<IActionResult> SaveAsync(string type, bool publish, CancellationToken cancellationToken)
    {
        if (await RefusedAsync(type, publish ? ContentOperation.Publish : ContentOperation.Edit, cancellationToken) is { } refused)
        {
            return refused;
        }
        var saved = await form.CreateAsync(Type, Request.Form, User.Identity!.Name!, publish, cancellationToken);
        if (saved.Saved)
        {
            return RedirectToPage("/ContentAdmin/Edit", new { id = saved.Item!.ContentItemId, tallennettu = publish ? "julkaistu" : "luonnos" });
        }
        Form = new ItemFormView(editor.EditorsOf(Type, ContentEditor.ValuesOf(Request.Form), saved.Errors), saved.Errors);
        return Page();
    }

    // The user's own new item stands in for the one to be made: "own" permissions decide.
    private async Task<IActionResult?> RefusedAsync(string type, ContentOperation operation, CancellationToken cancellationToken)
    {
        if (await definitions.FindAsync(type, cancellationToken) is not { } definition)
        {
            return NotFound();
        }
        Type = definition;
        var draft = new ContentItem { ContentItemId = "", VersionId = "", ContentType = type, Owner = User.Identity?.Name };
        CanPublish = await access.CanAsync(User, draft, ContentOperation.Publish);
        return await access.CanAsync(User, draft, operation) ? null : StatusCode(StatusCodes.Status403Forbidden);
    }
}
