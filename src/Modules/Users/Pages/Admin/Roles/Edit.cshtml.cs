using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Localization;
using Verkostoportaali.Users.Administration;

namespace Verkostoportaali.Users.Pages.Admin.Roles;

/// <summary>A role's permissions as checkboxes, grouped by module and content type; a change applies at the next request.</summary>
[RequirePermission("ManageRoles")]
public sealed class EditRoleModel(RoleManager<IdentityRole> roles, RoleChanges changes, GrantRules rules, PermissionGroups permissions,
    IStringLocalizerFactory localizers) : PageModel
{
    public IdentityRole Role { get; private set; } = null!;
    public IReadOnlyList<PermissionGroup> Groups { get; private set; } = [];

    [BindProperty]
    public List<string> Permissions { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "tallennettu")]
    public bool Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(string name, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(name, cancellationToken))
        {
            return NotFound();
        }
        Permissions = [.. await changes.PermissionsOfAsync(Role, cancellationToken)];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string name, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(name, cancellationToken))
        {
            return NotFound();
        }
        // Only what this tenant offers can be granted; anything else in the form was not on the page.
        var offered = PermissionGroups.NamesIn(Groups);
        var wanted = Permissions.Where(offered.Contains).ToHashSet(StringComparer.Ordinal);
        // Permissions of features the tenant has not enabled are not on the page, and stay as they were.
        wanted.UnionWith((await changes.PermissionsOfAsync(Role, cancellationToken)).Where(p => !offered.Contains(p)));
        var result = await rules.CheckPermissionsAsync(User, Role, wanted, cancellationToken);
        if (result.Succeeded)
        {
            result = await changes.SetPermissionsAsync(Role, wanted, cancellationToken);
        }
        if (result.Succeeded)
        {
            return RedirectToPage(new { name, tallennettu = true });
        }
        ModelState.AddErrors(result);
        return Page();
    }

    /// <summary>A permission's description, translated by the module that declared it.</summary>
    public string DescriptionOf(PermissionGroup group, Permission permission)
    {
        var texts = localizers.Create(group.DeclaredBy ?? typeof(PermissionGroups));
        return (group.TypeLabel is null ? texts[permission.Description] : texts[permission.Description, group.TypeLabel]).Value;
    }

    private async Task<bool> LoadAsync(string name, CancellationToken cancellationToken)
    {
        if (await roles.FindByNameAsync(name) is not { } role)
        {
            return false;
        }
        Role = role;
        Groups = await permissions.ListAsync(HttpContext.Language(), cancellationToken);
        return true;
    }
}
