using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Verkostoportaali.Users.Security;

namespace Verkostoportaali.Users.Pages.Account;

/// <summary>Log in to the current tenant; the cookie is valid on this tenant only. Attempts are rate-limited per address.</summary>
[EnableRateLimiting(LoginRateLimit.Name)]
public sealed class LoginModel(PasswordLogin login, IStringLocalizer<LoginModel> T) : PageModel
{
    [BindProperty]
    public Credentials Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var (outcome, wait) = await login.SignInAsync(Input.UserName, Input.Password);
        if (outcome == LoginOutcome.SignedIn)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : Url.Content("~/admin"));
        }
        ModelState.AddModelError("", outcome switch
        {
            LoginOutcome.Wait => T["Too many failed attempts. Wait {0} seconds and try again.", Math.Ceiling(wait.TotalSeconds)],
            LoginOutcome.Locked => T["The account is locked. Ask the site's administrator to unlock it."],
            _ => T["The user name or password is wrong."],
        });
        return Page();
    }

    public sealed class Credentials
    {
        [Required(ErrorMessage = "Enter your user name.")]
        [MaxLength(256)]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "Enter your password.")]
        [MaxLength(256)]
        public string Password { get; set; } = "";
    }
}
