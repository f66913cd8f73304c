using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Users.Administration;

namespace Verkostoportaali.Users.Pages.Admin.Users;

/// <summary>Asks before deleting an account; deleting it is a POST from this page.</summary>
[RequirePermission("ManageUsers")]
public sealed class DeleteUserModel(UserManager<IdentityUser> users, UserChanges changes) : PageModel
{
    public IdentityUser Account { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (await users.FindByIdAsync(id) is not { } account)
        {
            return NotFound();
        }
        Account = account;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(id) is not { } account)
        {
            return NotFound();
        }
        Account = account;
        var result = await changes.DeleteAsync(account, User, cancellationToken);
        if (result.Succeeded)
        {
            return RedirectToPage("Index");
        }
        ModelState.AddErrors(result);
        return Page();
    }
}
