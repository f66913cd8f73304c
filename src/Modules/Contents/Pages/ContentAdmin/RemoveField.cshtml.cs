using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verkostoportaali.ContentFields;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Security;

namespace Verkostoportaali.Contents.Pages.ContentAdmin;

/// <summary>Removing one of a type's own fields, after choosing whether its saved values are deleted (the default) or kept hidden.</summary>
[RequirePermission("ManageContentTypes")]
public sealed class RemoveFieldModel(ContentDefinitionStore definitions, FieldRemoval removal) : PageModel
{
    public ContentTypeDefinition Type { get; private set; } = null!;
    public ContentFieldDefinition Field { get; private set; } = null!;

    [BindProperty]
    public RemovedFieldValues Values { get; set; }

    public async Task<IActionResult> OnGetAsync(string name, string field, CancellationToken cancellationToken) =>
        await LoadAsync(name, field, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string name, string field, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(name, field, cancellationToken))
        {
            return NotFound();
        }
        // The choice comes from two radio buttons; anything else was not sent by the form.
        if (!ModelState.IsValid || !Enum.IsDefined(Values))
        {
            return BadRequest();
        }
        await removal.RemoveAsync(Type, Field.Name, Values, cancellationToken);
        return RedirectToPage("/ContentAdmin/Type", new { name, poistettu = "kentta" });
    }

    private async Task<bool> LoadAsync(string name, string field, CancellationToken cancellationToken)
    {
        Type = (await definitions.FindAsync(name, cancellationToken))!;
        Field = Type?.Fields.FirstOrDefault(f => f.Name == field)!;
        return Field is not null;
    }
}
