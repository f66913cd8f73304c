using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Verkostoportaali.Messaging;
using Verkostoportaali.Users.Security;

namespace Verkostoportaali.Users.Pages.Account;

/// <summary>Asks for a link to set a new password; answers the same whether or not the account exists. Rate-limited like the login.</summary>
[EnableRateLimiting(LoginRateLimit.Name)]
public sealed class ForgotPasswordModel(PasswordResetMail resetMail) : PageModel
{
    [BindProperty]
    public AccountName Input { get; set; } = new();

    public bool Sent { get; private set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await resetMail.SendAsync(Input.UserNameOrEmail.Trim(), SiteAddress.Of(Request), cancellationToken);
        Sent = true;
        return Page();
    }

    public sealed class AccountName
    {
        [Required(ErrorMessage = "Enter your user name or e-mail address.")]
        [MaxLength(256)]
        public string UserNameOrEmail { get; set; } = "";
    }
}
