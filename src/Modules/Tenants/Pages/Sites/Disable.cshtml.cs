using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Tenants.Pages.Sites;

/// <summary>Asks before a running site is disabled; the sites page's Disable handler does it.</summary>
[PortalOnly]
[RequirePermission("ManageTenants")]
public sealed class DisableModel(TenantRegistry registry) : PageModel
{
    public string Name { get; private set; } = "";

    public IActionResult OnGet(string name)
    {
        if (registry.Find(name) is not { State: TenantState.Running, IsDefault: false } site)
        {
            return NotFound();
        }
        Name = site.Name;
        return Page();
    }
}
