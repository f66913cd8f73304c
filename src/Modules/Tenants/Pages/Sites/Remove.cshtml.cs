using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Tenants.Administration;

namespace Verkostoportaali.Tenants.Pages.Sites;

/// <summary>Removes a disabled site and deletes its data, once the administrator has typed its name to confirm.</summary>
[PortalOnly]
[RequirePermission("ManageTenants")]
public sealed class RemoveModel(TenantRegistry registry, TenantAdministration administration, IStringLocalizer<RemoveModel> T) : PageModel
{
    public const string ConfirmField = "Confirmation";

    [BindProperty]
    public string? Confirmation { get; set; }

    public Tenant Site { get; private set; } = null!;
    public FormErrors Errors { get; private set; } = FormErrors.None;

    public IActionResult OnGet(string name)
    {
        if (registry.Find(name) is not { IsDefault: false } site)
        {
            return NotFound();
        }
        Site = site;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string name, CancellationToken cancellationToken)
    {
        if (registry.Find(name) is not { IsDefault: false } site)
        {
            return NotFound();
        }
        Site = site;
        if (Confirmation?.Trim() != site.Name)
        {
            Errors = FormErrors.Of([new TenantProblem(ConfirmField, "Type the name {0} exactly to confirm.", site.Name)], T);
            return Page();
        }
        if (await administration.RemoveAsync(name, cancellationToken) is { } problem)
        {
            Errors = FormErrors.Of([problem], T);
            return Page();
        }
        return RedirectToPage("/Sites/Index", new { muutos = SiteChange.Removed, sivusto = name });
    }
}
