using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Verkostoportaali.ContentFields;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Security;

namespace Verkostoportaali.Contents.Pages.ContentAdmin;

/// <summary>One content type's own fields: add a simple field with labels in fi/sv/en, or go to remove one.</summary>
[RequirePermission("ManageContentTypes")]
public sealed class TypeModel(ContentDefinitionStore definitions, ITermFieldVocabularies vocabularies, IStringLocalizer<TypeModel> T)
    : PageModel
{
    public ContentTypeDefinition Type { get; private set; } = null!;

    /// <summary>The tenant's vocabularies, which a term field chooses from.</summary>
    public IReadOnlyList<VocabularyChoice> Vocabularies { get; private set; } = [];

    [BindProperty]
    public FieldInput Input { get; set; } = new();

    /// <summary>What was just done, for the notice: <c>kentta</c> after a field was removed.</summary>
    [BindProperty(SupportsGet = true, Name = "poistettu")]
    public string? Done { get; set; }

    /// <summary>The add-field form's values and errors, in the shape the editor partials read.</summary>
    public PartEditorContext Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string name, CancellationToken cancellationToken) =>
        await LoadAsync(name, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync(string name, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(name, cancellationToken))
        {
            return NotFound();
        }
        var fieldName = Slugs.From(Input.LabelFi ?? "");
        CheckNameAndVocabulary(fieldName);
        if (!ModelState.IsValid)
        {
            Form = FormOf(ModelState.Where(s => s.Value!.Errors.Count > 0)
                .Select(s => new ContentError("Input", s.Key["Input.".Length..], s.Value!.Errors[0].ErrorMessage)));
            return Page();
        }
        var field = new ContentFieldDefinition(fieldName, Input.Kind, new LocalizedText(Input.LabelFi!.Trim(), Blank(Input.LabelSv), Blank(Input.LabelEn)),
            Input.Kind == ContentFieldKind.Term ? Input.Vocabulary!.Trim() : null);
        await definitions.SaveAsync(Type with { Fields = [.. Type.Fields, field] }, cancellationToken);
        return RedirectToPage(new { name });
    }

    // The vocabulary comes from a list, but a posted form can carry anything: it must be one of the tenant's.
    private void CheckNameAndVocabulary(string fieldName)
    {
        if (Type.Fields.Any(f => f.Name == fieldName))
        {
            ModelState.AddModelError("Input.LabelFi", T["The type already has a field with this name."]);
        }
        if (Input.Kind != ContentFieldKind.Term)
        {
            return;
        }
        if (string.IsNullOrWhiteSpace(Input.Vocabulary))
        {
            ModelState.AddModelError("Input.Vocabulary", T["A term field needs a vocabulary."]);
        }
        else if (Vocabularies.All(v => v.Id != Input.Vocabulary.Trim()))
        {
            ModelState.AddModelError("Input.Vocabulary", T["Choose a vocabulary from the list."]);
        }
    }

    private async Task<bool> LoadAsync(string name, CancellationToken cancellationToken)
    {
        Type = (await definitions.FindAsync(name, cancellationToken))!;
        Vocabularies = await vocabularies.VocabulariesAsync(cancellationToken);
        Form = FormOf([]);
        return Type is not null;
    }

    private PartEditorContext FormOf(IEnumerable<ContentError> errors) => new(Type?.Name ?? "", "Input",
        Request.HasFormContentType ? Request.Form.ToDictionary(f => f.Key, f => (IReadOnlyList<string>)[.. f.Value.OfType<string>()]) : [],
        [.. errors]);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public sealed class FieldInput
    {
        [Required(ErrorMessage = "Give the field's name in Finnish."), MaxLength(100, ErrorMessage = "Write at most 100 characters.")]
        public string? LabelFi { get; set; }

        [MaxLength(100, ErrorMessage = "Write at most 100 characters.")]
        public string? LabelSv { get; set; }

        [MaxLength(100, ErrorMessage = "Write at most 100 characters.")]
        public string? LabelEn { get; set; }

        public ContentFieldKind Kind { get; set; }

        [MaxLength(100, ErrorMessage = "Write at most 100 characters.")]
        public string? Vocabulary { get; set; }
    }
}
