using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Users.Administration;

namespace Verkostoportaali.Users.Pages.Admin.Roles;

/// <summary>The tenant's roles with their number of users, and a form for a new custom role.</summary>
[RequirePermission("ManageRoles")]
public sealed class RolesModel(RoleManager<IdentityRole> roles, TenantDbContext db, RoleChanges changes) : PageModel
{
    public IReadOnlyList<RoleRow> Rows { get; private set; } = [];

    [BindProperty]
    [Required(ErrorMessage = "Enter a name for the role.")]
    [MaxLength(100, ErrorMessage = "The name can be at most {1} characters long.")]
    public string NewRole { get; set; } = "";

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var result = await changes.CreateAsync(NewRole.Trim(), cancellationToken);
            if (result.Succeeded)
            {
                return RedirectToPage("Edit", new { name = NewRole.Trim() });
            }
            ModelState.AddErrors(result, _ => nameof(NewRole));
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var members = await db.Set<IdentityUserRole<string>>().GroupBy(r => r.RoleId)
            .Select(g => new { RoleId = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.RoleId, g => g.Count, cancellationToken);
        var all = await roles.Roles.OrderBy(r => r.Name).ToListAsync(cancellationToken);
        Rows = [.. all.Select(r => new RoleRow(r.Name!, members.GetValueOrDefault(r.Id), RoleChanges.IsDefaultRole(r.Name!)))];
    }

    public sealed record RoleRow(string Name, int Users, bool IsDefault);
}
