using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Verkostoportaali.Core.Audit;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Localization;
using Verkostoportaali.Users.Administration;
using Verkostoportaali.Users.Language;

namespace Verkostoportaali.Users.Pages.Admin.Account;

/// <summary>The signed-in user's own account: the admin UI language and the password.</summary>
[RequirePermission("AccessAdmin")]
public sealed class AccountModel(
    UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, AuditedTransaction transaction, IStringLocalizer<AccountModel> T)
    : PageModel
{
    [BindProperty]
    public PasswordChange Password { get; set; } = new();

    [BindProperty]
    public string? UiLanguage { get; set; }

    /// <summary>What the last POST saved, shown once as a notice: "kieli" or "salasana".</summary>
    [BindProperty(SupportsGet = true, Name = "tallennettu")]
    public string? Saved { get; set; }

    public void OnGet() => UiLanguage = AdminLanguage.ChosenBy(User) ?? PortalCultures.Default;

    public async Task<IActionResult> OnPostLanguageAsync()
    {
        ModelState.Clear();
        if (UiLanguage is null || !PortalCultures.All.Contains(UiLanguage))
        {
            ModelState.AddModelError(nameof(UiLanguage), T["Choose a language from the list."]);
            return Page();
        }
        var user = await CurrentUserAsync();
        var claims = (await users.GetClaimsAsync(user)).Where(c => c.Type == AdminLanguage.ClaimType).ToList();
        await users.RemoveClaimsAsync(user, claims);
        await users.AddClaimAsync(user, new Claim(AdminLanguage.ClaimType, UiLanguage));
        await signIn.RefreshSignInAsync(user);
        return RedirectToPage(new { tallennettu = "kieli" });
    }

    public async Task<IActionResult> OnPostPasswordAsync(CancellationToken cancellationToken)
    {
        UiLanguage = AdminLanguage.ChosenBy(User) ?? PortalCultures.Default;
        ModelState.Remove(nameof(UiLanguage));
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = await CurrentUserAsync();
        var result = await transaction.RunAsync(new AuditEvent(AuditActions.PasswordChanged, UserChanges.SubjectType, user.UserName!),
            () => users.ChangePasswordAsync(user, Password.Current, Password.New), cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, e => $"{nameof(Password)}.{(e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Current" : "New")}");
            return Page();
        }
        await signIn.RefreshSignInAsync(user);
        return RedirectToPage(new { tallennettu = "salasana" });
    }

    private async Task<IdentityUser> CurrentUserAsync() =>
        await users.GetUserAsync(User) ?? throw new InvalidOperationException("The signed-in user no longer exists.");

    public sealed class PasswordChange
    {
        [Required(ErrorMessage = "Enter your current password.")]
        [MaxLength(256)]
        public string Current { get; set; } = "";

        [Required(ErrorMessage = "Enter a new password.")]
        [MaxLength(256, ErrorMessage = "The password can be at most {1} characters long.")]
        public string New { get; set; } = "";

        [Required(ErrorMessage = "Enter the new password again.")]
        [Compare(nameof(New), ErrorMessage = "The passwords do not match.")]
        public string Confirm { get; set; } = "";
    }
}
