using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Security;

namespace Verkostoportaali.Media.Pages.Media;

/// <summary>An image's alt texts in the three languages; Finnish is required, the others fall back to it.</summary>
[RequirePermission("ManageMedia")]
public sealed class EditModel(MediaLibrary library, TenantDbContext db) : PageModel
{
    [BindProperty]
    public AltTexts Input { get; set; } = new();

    public MediaFile Image { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await library.FindAsync(id, cancellationToken) is not { Kind: MediaKind.Image } file)
        {
            return NotFound();
        }
        Image = file;
        Input = new AltTexts { AltFi = file.AltFi, AltSv = file.AltSv, AltEn = file.AltEn };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await library.FindAsync(id, cancellationToken) is not { Kind: MediaKind.Image } file)
        {
            return NotFound();
        }
        Image = file;
        if (!ModelState.IsValid)
        {
            return Page();
        }
        (file.AltFi, file.AltSv, file.AltEn) = (Input.AltFi!.Trim(), Blank(Input.AltSv), Blank(Input.AltEn));
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("Index");
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public sealed class AltTexts
    {
        [Required(ErrorMessage = "Describe the image in Finnish (alt text) for those who cannot see it.")]
        [MaxLength(MediaFile.AltTextMaxLength, ErrorMessage = "Write an alt text of at most {1} characters.")]
        public string? AltFi { get; set; }

        [MaxLength(MediaFile.AltTextMaxLength, ErrorMessage = "Write an alt text of at most {1} characters.")]
        public string? AltSv { get; set; }

        [MaxLength(MediaFile.AltTextMaxLength, ErrorMessage = "Write an alt text of at most {1} characters.")]
        public string? AltEn { get; set; }
    }
}
