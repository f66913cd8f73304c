using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Verkostoportaali.Core.Audit;
using Verkostoportaali.Users.Accounts;
using Verkostoportaali.Users.Administration;
using Verkostoportaali.Users.Security;

namespace Verkostoportaali.Users.Pages.Account;

/// <summary>
/// Applies a change of e-mail address with the link mailed to the new address. Opening the link only asks (mail
/// scanners open links); the button applies it. The link works once (the change renews the security stamp in the
/// token), for two hours, and only on its own site; any other link gets a message.
/// </summary>
[EnableRateLimiting(LoginRateLimit.Name)]
public sealed class ConfirmEmailModel(UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, AuditedTransaction transaction)
    : MailedLinkPage
{
    [BindProperty(SupportsGet = true, Name = "email")]
    public string? Email { get; set; }

    public string? UserName { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        LinkBroken = await AccountAsync() is not { } user
            || !await users.VerifyUserTokenAsync(user, users.Options.Tokens.ChangeEmailTokenProvider, UserManager<IdentityUser>.GetChangeEmailTokenPurpose(Email!), Token!);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await AccountAsync() is not { } user)
        {
            LinkBroken = true;
            return Page();
        }
        var old = user.Email;
        var result = await transaction.RunAsync(new AuditEvent(AuditActions.UserEmailChanged, UserChanges.SubjectType, user.UserName!, $"{old} → {Email}"),
            () => users.ChangeEmailAsync(user, Email!, Token!), cancellationToken);
        // Identity answers a wrong, used or expired token with InvalidToken; nothing else can fail here.
        LinkBroken = !result.Succeeded;
        Done = result.Succeeded;
        if (Done && User.Identity?.Name is { } name && string.Equals(name, user.UserName, StringComparison.OrdinalIgnoreCase))
        {
            // The change renewed the security stamp, which would end this very session at its next request.
            await signIn.RefreshSignInAsync(user);
        }
        return Page();
    }

    private async Task<IdentityUser?> AccountAsync()
    {
        if (string.IsNullOrEmpty(UserId) || string.IsNullOrEmpty(Email) || string.IsNullOrEmpty(Token) || !AccountMail.IsAddress(Email)
            || await users.FindByIdAsync(UserId) is not { } user)
        {
            return null;
        }
        UserName = user.UserName;
        return user;
    }
}
