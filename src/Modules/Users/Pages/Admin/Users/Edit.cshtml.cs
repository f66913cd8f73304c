using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Users.Administration;

namespace Verkostoportaali.Users.Pages.Admin.Users;

/// <summary>One account: its roles, and locking or unlocking it.</summary>
[RequirePermission("ManageUsers")]
public sealed class EditUserModel(UserManager<IdentityUser> users, RoleManager<IdentityRole> roles, UserChanges changes, TimeProvider clock)
    : PageModel
{
    public IdentityUser Account { get; private set; } = null!;
    public IReadOnlyList<string> RoleNames { get; private set; } = [];
    public bool Locked => UserChanges.IsLocked(Account, clock);

    [BindProperty]
    public List<string> Roles { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "tallennettu")]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Roles = [.. await users.GetRolesAsync(Account)];
        return Page();
    }

    public Task<IActionResult> OnPostRolesAsync(string id, CancellationToken cancellationToken) =>
        ChangeAsync(id, "roolit", () => changes.SetRolesAsync(Account, [.. Roles.Distinct()], cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostLockAsync(string id, CancellationToken cancellationToken) =>
        ChangeAsync(id, "lukittu", () => changes.LockAsync(Account, User, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostUnlockAsync(string id, CancellationToken cancellationToken) =>
        ChangeAsync(id, "avattu", () => changes.UnlockAsync(Account, cancellationToken), cancellationToken);

    private async Task<IActionResult> ChangeAsync(string id, string saved, Func<Task<IdentityResult>> change, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        var result = await change();
        if (result.Succeeded)
        {
            return RedirectToPage(new { id, tallennettu = saved });
        }
        ModelState.AddErrors(result);
        return Page();
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(id) is not { } account)
        {
            return false;
        }
        Account = account;
        RoleNames = await CreateUserModel.RoleNamesAsync(roles, cancellationToken);
        return true;
    }
}
