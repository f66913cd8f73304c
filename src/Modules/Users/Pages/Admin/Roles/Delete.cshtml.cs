using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Users.Administration;

namespace Verkostoportaali.Users.Pages.Admin.Roles;

/// <summary>Asks before deleting a custom role; its users lose it. Default roles cannot be deleted.</summary>
[RequirePermission("ManageRoles")]
public sealed class DeleteRoleModel(RoleManager<IdentityRole> roles, RoleChanges changes) : PageModel
{
    public IdentityRole Role { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string name)
    {
        if (await roles.FindByNameAsync(name) is not { } role)
        {
            return NotFound();
        }
        Role = role;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string name, CancellationToken cancellationToken)
    {
        if (await roles.FindByNameAsync(name) is not { } role)
        {
            return NotFound();
        }
        Role = role;
        var result = await changes.DeleteAsync(role, cancellationToken);
        if (result.Succeeded)
        {
            return RedirectToPage("Index");
        }
        ModelState.AddErrors(result);
        return Page();
    }
}
