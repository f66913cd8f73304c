using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Users.Accounts;
using Verkostoportaali.Users.Administration;

namespace Verkostoportaali.Users.Pages.Admin.Users;

/// <summary>A new account in this tenant, with its roles; Identity's rules check the name and the password. An account with an address is mailed a welcome.</summary>
[RequirePermission("ManageUsers")]
public sealed class CreateUserModel(UserChanges changes, GrantRules rules, WelcomeMail welcome) : PageModel
{
    [BindProperty]
    public NewUser Input { get; set; } = new();

    public IReadOnlyList<RoleChoice> RoleChoices { get; private set; } = [];

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var (wanted, result) = rules.Resolve(User, null, [], [.. Input.Roles.Distinct()], RoleChoices);
        if (wanted is not null)
        {
            var email = string.IsNullOrWhiteSpace(Input.Email) ? null : Input.Email.Trim();
            result = await changes.CreateAsync(new NewAccount(Input.UserName.Trim(), email, Input.Password, wanted),
                user => welcome.Add(user, Request), cancellationToken);
        }
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, e => FieldOf(e.Code));
            return Page();
        }
        return RedirectToPage("Index", new { q = Input.UserName.Trim() });
    }

    private async Task LoadAsync(CancellationToken cancellationToken) => RoleChoices = await rules.RoleChoicesAsync(User, cancellationToken);

    private static string FieldOf(string code) => code switch
    {
        _ when code.StartsWith("Password", StringComparison.Ordinal) => "Input.Password",
        _ when code.Contains("UserName", StringComparison.Ordinal) => "Input.UserName",
        _ when code.Contains("Email", StringComparison.Ordinal) => "Input.Email",
        _ => "Input.Roles",
    };

    public sealed class NewUser
    {
        [Required(ErrorMessage = "Enter a user name.")]
        [MaxLength(256, ErrorMessage = "The user name can be at most {1} characters long.")]
        public string UserName { get; set; } = "";

        [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
        [MaxLength(256, ErrorMessage = "The e-mail address can be at most {1} characters long.")]
        public string? Email { get; set; }

        [Required(ErrorMessage = "Enter a password.")]
        [MaxLength(256, ErrorMessage = "The password can be at most {1} characters long.")]
        public string Password { get; set; } = "";

        public List<string> Roles { get; set; } = [];
    }
}
