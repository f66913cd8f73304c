using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Verkostoportaali.Users.Accounts;
using Verkostoportaali.Users.Invitations;
using Verkostoportaali.Users.Security;

namespace Verkostoportaali.Users.Pages.Account;

/// <summary>
/// Sets the first password of an invited account with the link of its invitation mail. The link works once (the new
/// password changes the security stamp in the token), for <see cref="InvitationMail.LinkLifetime"/>, and only on its
/// own site (the account id is looked up in this tenant's database); any other link gets a message. The welcome mail
/// is saved with the password.
/// </summary>
[EnableRateLimiting(LoginRateLimit.Name)]
public sealed class AcceptInvitationModel(UserManager<IdentityUser> users, WelcomeMail welcome) : MailedLinkPage
{
    [BindProperty]
    public ResetPasswordModel.NewPassword Input { get; set; } = new();

    public string? UserName { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        LinkBroken = await InviteeAsync() is null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await InviteeAsync() is not { } user)
        {
            LinkBroken = true;
            return Page();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        // The invitation went to this address, so setting the password through it confirms the address.
        user.EmailConfirmed = true;
        var result = await welcome.WithAsync(user, Request, () => users.AddPasswordAsync(user, Input.Password));
        Done = result.Succeeded;
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Password)}", error.Description);
        }
        return Page();
    }

    /// <summary>The account the link invites, while the link holds: a valid token and no password set yet.</summary>
    private async Task<IdentityUser?> InviteeAsync()
    {
        if (string.IsNullOrEmpty(UserId) || string.IsNullOrEmpty(Token) || await users.FindByIdAsync(UserId) is not { } user
            || await users.HasPasswordAsync(user)
            || !await users.VerifyUserTokenAsync(user, InvitationTokens.ProviderName, InvitationTokens.Purpose, Token))
        {
            return null;
        }
        UserName = user.UserName;
        return user;
    }
}
