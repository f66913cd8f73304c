using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verkostoportaali.Contents.Admin;
using Verkostoportaali.Contents.Editing;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Localization;

namespace Verkostoportaali.Contents.Pages.ContentAdmin;

/// <summary>An item's editor: save the draft, publish, unpublish, and start its Swedish or English version.</summary>
[RequirePermission("AccessAdmin")]
public sealed class EditModel(ContentManager content, ContentDefinitionStore definitions, ContentEditor editor, ContentForm form,
    ContentAccess access) : PageModel
{
    public ContentItem Item { get; private set; } = null!;
    public ContentTypeDefinition Type { get; private set; } = null!;
    public ItemFormView Form { get; private set; } = null!;
    public ContentStatus Status { get; private set; }
    public IReadOnlyList<ContentItem> Variants { get; private set; } = [];
    public bool CanPublish { get; private set; }
    public bool CanDelete { get; private set; }
    /// <summary>Someone else's save that this one lost to; the page shows who and when, and keeps the posted text.</summary>
    public ContentConflictException? Conflict { get; private set; }
    /// <summary>The version the form is based on: after a conflict, the one that won, so that saving again is deliberate.</summary>
    public VersionStamp FormStamp => Conflict?.Current?.Stamp ?? Item.Stamp;

    [BindProperty(SupportsGet = true, Name = "tallennettu")]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await RefusedAsync(id, ContentOperation.Edit, cancellationToken) is { } refused)
        {
            return refused;
        }
        Form = new ItemFormView(editor.EditorsOf(Type, editor.ValuesOf(Item, Type), []), []);
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(string id, CancellationToken cancellationToken) => SaveAsync(id, publish: false, cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(string id, CancellationToken cancellationToken) => SaveAsync(id, publish: true, cancellationToken);

    public async Task<IActionResult> OnPostUnpublishAsync(string id, CancellationToken cancellationToken)
    {
        if (await RefusedAsync(id, ContentOperation.Publish, cancellationToken) is { } refused)
        {
            return refused;
        }
        await content.UnpublishAsync(id, cancellationToken);
        return RedirectToPage(new { id, tallennettu = "piilotettu" });
    }

    /// <summary>Starts the item's version in another language: a new draft in the same localization set, with the parts copied.</summary>
    public async Task<IActionResult> OnPostTranslateAsync(string id, string culture, CancellationToken cancellationToken)
    {
        if (await RefusedAsync(id, ContentOperation.Edit, cancellationToken) is { } refused)
        {
            return refused;
        }
        if (!MissingCultures.Contains(culture))
        {
            return BadRequest();
        }
        var user = User.Identity!.Name!;
        var set = await content.LocalizationSetOfAsync(id, cancellationToken);
        var variant = await content.NewAsync(Item.ContentType, cancellationToken);
        variant.CopyPartsFrom(Item);
        (variant.Culture, variant.LocalizationSet, variant.Owner, variant.Author) = (culture, set, user, user);
        var saved = await ContentForm.TryAsync(async () =>
        {
            await content.CreateAsync(variant, publish: false, cancellationToken);
            return variant;
        });
        if (saved.Saved)
        {
            return RedirectToPage(new { id = variant.ContentItemId, tallennettu = "kaannos" });
        }
        Form = new ItemFormView(editor.EditorsOf(Type, editor.ValuesOf(Item, Type), saved.Errors), saved.Errors);
        return Page();
    }

    /// <summary>The languages the item has no version in yet.</summary>
    public IReadOnlyList<string> MissingCultures =>
        [.. PortalCultures.All.Where(c => c != Item.Culture && Variants.All(v => v.Culture != c))];

    private async Task<IActionResult> SaveAsync(string id, bool publish, CancellationToken cancellationToken)
    {
        if (await RefusedAsync(id, publish ? ContentOperation.Publish : ContentOperation.Edit, cancellationToken) is { } refused)
        {
            return refused;
        }
        var saved = await form.UpdateAsync(Type, id, Request.Form, User.Identity!.Name!, cancellationToken);
        if (saved.Item is { } draft && publish)
        {
            saved = await ContentForm.TryAsync(() => content.PublishAsync(id, draft.Stamp, cancellationToken));
        }
        if (saved.Saved)
        {
            return RedirectToPage(new { id, tallennettu = publish ? "julkaistu" : "luonnos" });
        }
        Conflict = saved.Conflict;
        Form = new ItemFormView(editor.EditorsOf(Type, ContentEditor.ValuesOf(Request.Form), saved.Errors), saved.Errors);
        return Page();
    }

    /// <summary>Loads the item and checks the user may do <paramref name="operation"/> (and edit) it; 404 for an id this tenant does not have.</summary>
    private async Task<IActionResult?> RefusedAsync(string id, ContentOperation operation, CancellationToken cancellationToken)
    {
        var (item, refusal) = await access.OpenAsync(User, id, ContentOperation.Edit, cancellationToken);
        if (item is null || refusal is not null)
        {
            return refusal;
        }
        if (await definitions.FindAsync(item.ContentType, cancellationToken) is not { } type)
        {
            return NotFound();
        }
        (Item, Type) = (item, type);
        if (!await access.CanAsync(User, item, operation))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        CanPublish = await access.CanAsync(User, item, ContentOperation.Publish);
        CanDelete = await access.CanAsync(User, item, ContentOperation.Delete);
        Status = ContentList.StatusOf(item, item.Published || await content.GetAsync(id, VersionOptions.Published, cancellationToken) is not null);
        Variants = await access.VariantsAsync(item, cancellationToken);
        return null;
    }
}
