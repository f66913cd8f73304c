using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verkostoportaali.Messaging;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Users.Accounts;
using Verkostoportaali.Users.Administration;
using Verkostoportaali.Users.Invitations;
using Verkostoportaali.Users.Security;

namespace Verkostoportaali.Users.Pages.Admin.Users;

/// <summary>One account: its roles and address, locking or unlocking it, and mailing it a password-reset link or its invitation again.</summary>
[RequirePermission("ManageUsers")]
public sealed class EditUserModel(UserManager<IdentityUser> users, UserChanges changes, GrantRules rules,
    TimeProvider clock) : PageModel
{
    public IdentityUser Account { get; private set; } = null!;
    /// <summary>The roles, with those this administrator may change on this account: none on their own.</summary>
    public IReadOnlyList<RoleChoice> RoleChoices { get; private set; } = [];
    public bool IsSelf => GrantRules.IsSelf(Account, User);
    public bool Locked => UserChanges.IsLocked(Account, clock);
    public bool Invited => InvitationMail.IsPending(Account);

    [BindProperty]
    public List<string> Roles { get; set; } = [];

    [BindProperty]
    public string? NewEmail { get; set; }

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
        ChangeAsync(id, "roolit", async () =>
        {
            var (wanted, result) = rules.Resolve(User, Account, [.. await users.GetRolesAsync(Account)], [.. Roles.Distinct()], RoleChoices);
            return wanted is null ? result : await changes.SetRolesAsync(Account, wanted, cancellationToken);
        }, cancellationToken);

    /// <summary>Changes the address at once, as before confirmation links existed, and tells the old address.</summary>
    public Task<IActionResult> OnPostEmailAsync(string id, [FromServices] EmailChangeMail emailChange, CancellationToken cancellationToken) =>
        ChangeAsync(id, "sahkoposti", async () =>
        {
            var email = (NewEmail ?? "").Trim();
            return emailChange.Problem(Account, email)
                ?? await changes.SetEmailAsync(Account, email, await emailChange.NoticeOfChangeAsync(Account, Request), cancellationToken);
        }, cancellationToken, field: nameof(NewEmail));

    public Task<IActionResult> OnPostLockAsync(string id, CancellationToken cancellationToken) =>
        ChangeAsync(id, "lukittu", () => changes.LockAsync(Account, User, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostUnlockAsync(string id, CancellationToken cancellationToken) =>
        ChangeAsync(id, "avattu", () => changes.UnlockAsync(Account, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostResetLinkAsync(string id, [FromServices] PasswordResetMail resetMail, CancellationToken cancellationToken) =>
        ChangeAsync(id, "linkki", async () =>
        {
            await resetMail.SendToAsync(Account, SiteAddress.Of(Request), cancellationToken);
            return IdentityResult.Success;
        }, cancellationToken);

    public Task<IActionResult> OnPostInviteAgainAsync(string id, [FromServices] InvitationMail invitations, CancellationToken cancellationToken) =>
        ChangeAsync(id, "kutsu", async () =>
        {
            if (Invited)
            {
                await invitations.SendAgainAsync(Account, SiteAddress.Of(Request), cancellationToken);
            }
            return IdentityResult.Success;
        }, cancellationToken);

    private async Task<IActionResult> ChangeAsync(string id, string saved, Func<Task<IdentityResult>> change, CancellationToken cancellationToken,
        string? field = null)
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
        ModelState.AddErrors(result, field is null ? null : _ => field);
        return Page();
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(id) is not { } account)
        {
            return false;
        }
        Account = account;
        var choices = await rules.RoleChoicesAsync(User, cancellationToken);
        RoleChoices = IsSelf ? [.. choices.Select(c => c with { Assignable = false })] : choices;
        return true;
    }
}
