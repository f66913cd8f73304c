using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Verkostoportaali.Core.Audit;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Localization;
using Verkostoportaali.Users.Accounts;
using Verkostoportaali.Users.Administration;
using Verkostoportaali.Users.Language;
using Verkostoportaali.Users.Notifications;

namespace Verkostoportaali.Users.Pages.Admin.Account;

/// <summary>The signed-in user's own account: the admin UI language, the e-mail address, the notifications and the password.</summary>
[RequirePermission("AccessAdmin")]
public sealed class AccountModel(UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, AuditedTransaction transaction,
    NotificationSettings notifications, IStringLocalizer<AccountModel> T)
    : PageModel
{
    [BindProperty]
    public PasswordChange Password { get; set; } = new();

    [BindProperty]
    public string? UiLanguage { get; set; }

    [BindProperty]
    public string? NewEmail { get; set; }

    /// <summary>The ids of the notifications left checked.</summary>
    [BindProperty]
    public List<string> Notify { get; set; } = [];

    public string? Email { get; private set; }

    public IReadOnlyList<NotificationChoice> Notifications { get; private set; } = [];

    /// <summary>What the last POST saved, shown once as a notice: "kieli", "sahkoposti", "ilmoitukset" or "salasana".</summary>
    [BindProperty(SupportsGet = true, Name = "tallennettu")]
    public string? Saved { get; set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostLanguageAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var posted = UiLanguage;
        var user = await LoadAsync(cancellationToken);
        UiLanguage = posted;
        if (UiLanguage is null || !PortalCultures.All.Contains(UiLanguage))
        {
            ModelState.AddModelError(nameof(UiLanguage), T["Choose a language from the list."]);
            return Page();
        }
        var claims = (await users.GetClaimsAsync(user)).Where(c => c.Type == AdminLanguage.ClaimType).ToList();
        await users.RemoveClaimsAsync(user, claims);
        await users.AddClaimAsync(user, new Claim(AdminLanguage.ClaimType, UiLanguage));
        await signIn.RefreshSignInAsync(user);
        return RedirectToPage(new { tallennettu = "kieli" });
    }

    /// <summary>Mails a confirmation link to the new address and a notice to the old one; the address changes when the link is followed.</summary>
    public async Task<IActionResult> OnPostEmailAsync([FromServices] EmailChangeMail emailChange, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var user = await LoadAsync(cancellationToken);
        var result = await emailChange.RequestAsync(user, NewEmail ?? "", Request, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, _ => nameof(NewEmail));
            return Page();
        }
        return RedirectToPage(new { tallennettu = "sahkoposti" });
    }

    public async Task<IActionResult> OnPostNotificationsAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var user = await LoadAsync(cancellationToken);
        await notifications.SaveAsync(User, user.Id, Notify, cancellationToken);
        return RedirectToPage(new { tallennettu = "ilmoitukset" });
    }

    public async Task<IActionResult> OnPostPasswordAsync(CancellationToken cancellationToken)
    {
        var user = await LoadAsync(cancellationToken);
        ModelState.Remove(nameof(UiLanguage));
        if (!ModelState.IsValid)
        {
            return Page();
        }
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

    /// <summary>The user, and what the page shows of them.</summary>
    private async Task<IdentityUser> LoadAsync(CancellationToken cancellationToken)
    {
        var user = await CurrentUserAsync();
        Email = user.Email;
        UiLanguage = AdminLanguage.ChosenBy(User) ?? PortalCultures.Default;
        Notifications = await notifications.ChoicesAsync(User, user.Id, cancellationToken);
        return user;
    }

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
