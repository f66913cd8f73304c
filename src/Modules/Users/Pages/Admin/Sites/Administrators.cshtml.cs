using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Localization;
using Verkostoportaali.Users.Sites;

namespace Verkostoportaali.Users.Pages.Admin.Sites;

/// <summary>
/// On the portal: a site's administrators, inviting a new one by e-mail, and mailing one a password-reset link (or
/// their invitation again), for when a site's last administrator has left or forgotten their password.
/// </summary>
// The portal's own permission to manage its sites (the Tenants module's), named as every permission is.
[RequirePermission("ManageTenants")]
public sealed class AdministratorsModel(SiteAdministrators administrators, IStringLocalizer<AdministratorsModel> T) : PageModel
{
    [BindProperty]
    public NewAdministrator Input { get; set; } = new();

    /// <summary>What was just done, shown once after the redirect (post/redirect/get).</summary>
    [BindProperty(SupportsGet = true, Name = "tehty")]
    public string? Done { get; set; }

    public Tenant Site { get; private set; } = null!;

    public IReadOnlyList<SiteAdministrator> Administrators { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string site, CancellationToken cancellationToken) =>
        await LoadAsync(site, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostInviteAsync(string site, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(site, cancellationToken))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await administrators.InviteAsync(Site, Input.Email, PortalRoles.Administrator, Request, HttpContext.Language(), cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("Input.Email", error.Description);
            }
            return Page();
        }
        return RedirectToPage(new { site, tehty = Input.Email.Trim() });
    }

    public async Task<IActionResult> OnPostLinkAsync(string site, string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(site, cancellationToken))
        {
            return NotFound();
        }
        if (Administrators.FirstOrDefault(a => a.Id == id) is not { Email: { } email }
            || !await administrators.SendLinkAsync(Site, id, Request, HttpContext.Language(), cancellationToken))
        {
            ModelState.AddModelError("", T["That administrator has no e-mail address on this site; nothing was sent."]);
            return Page();
        }
        return RedirectToPage(new { site, tehty = email });
    }

    private async Task<bool> LoadAsync(string site, CancellationToken cancellationToken)
    {
        // Only the portal manages other sites; a site's own admin gets 404 here whatever their permissions.
        if (!HttpContext.GetTenant().IsDefault || administrators.Find(site) is not { } found)
        {
            return false;
        }
        Site = found;
        Administrators = await administrators.ListAsync(found, cancellationToken);
        return true;
    }

    public sealed class NewAdministrator
    {
        [Required(ErrorMessage = "Enter an e-mail address.")]
        [MaxLength(256, ErrorMessage = "The e-mail address can be at most {1} characters long.")]
        public string Email { get; set; } = "";
    }
}
