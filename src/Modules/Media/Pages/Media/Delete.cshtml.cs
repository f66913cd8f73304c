using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verkostoportaali.ContentFields.Images;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Media.Storage;

namespace Verkostoportaali.Media.Pages.Media;

/// <summary>
/// Deleting a file of the library, after a confirmation, with its stored variants. A file the site's look or an item's
/// cover image or logo still shows is refused, naming where it shows, so that no page is left with a broken image.
/// </summary>
[RequirePermission("ManageMedia")]
public sealed class DeleteModel(MediaLibrary library, MediaImageUses uses, TenantDbContext db, IMediaStore store, TenantContext tenant)
    : PageModel
{
    public const string DeletedQuery = "poistettu";

    public MediaFile Media { get; private set; } = null!;

    public MediaImageUse Use { get; private set; } = new(false, []);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await FindAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await FindAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (Use.Any)
        {
            return Page();
        }
        // The row goes first: a file left behind by a failure wastes space, a row without its files would show broken images.
        db.Remove(Media);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var name in Media.StoredFileNames)
        {
            await store.DeleteAsync(tenant.Tenant.Name, name, cancellationToken);
        }
        return Redirect($"{Request.PathBase}{MediaModule.AdminPath}?{DeletedQuery}={Uri.EscapeDataString(Media.FileName)}");
    }

    private async Task<bool> FindAsync(int id, CancellationToken cancellationToken)
    {
        if (await library.FindAsync(id, cancellationToken) is not { } file)
        {
            return false;
        }
        Media = file;
        Use = await uses.OfAsync(id, cancellationToken);
        return true;
    }
}
