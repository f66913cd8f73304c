using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Verkostoportaali.Users.Security;

namespace Verkostoportaali.Users.Pages.Account;

/// <summary>
/// Sets a new password with the link of a password reset mail. The link works once (the reset changes the security
/// stamp in the token) and for <see cref="PasswordResetMail.LinkLifetime"/>; a used, expired or broken one gets a message.
/// </summary>
[EnableRateLimiting(LoginRateLimit.Name)]
public sealed class ResetPasswordModel(UserManager<IdentityUser> users) : MailedLinkPage
{
    [BindProperty]
    public NewPassword Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await AccountAsync();
        LinkBroken = user is null
            || !await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<IdentityUser>.ResetPasswordTokenPurpose, Token!);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await AccountAsync() is not { } user)
        {
            LinkBroken = true;
            return Page();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await users.ResetPasswordAsync(user, Token!, Input.Password);
        Done = result.Succeeded;
        LinkBroken = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken));
        foreach (var error in result.Errors.Where(_ => !LinkBroken))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Password)}", error.Description);
        }
        return Page();
    }

    private async Task<IdentityUser?> AccountAsync() =>
        string.IsNullOrEmpty(UserId) || string.IsNullOrEmpty(Token) ? null : await users.FindByIdAsync(UserId);

    public sealed class NewPassword
    {
        [Required(ErrorMessage = "Enter the new password.")]
        [MaxLength(256)]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Enter the new password again.")]
        [Compare(nameof(Password), ErrorMessage = "The passwords are not the same.")]
        public string Repeat { get; set; } = "";
    }
}
