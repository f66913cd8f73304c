using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verkostoportaali.Messaging;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Users.Administration;
using Verkostoportaali.Users.Invitations;

namespace Verkostoportaali.Users.Pages.Admin.Users;

/// <summary>Invites a user by e-mail with the roles this administrator may grant; the invitee sets the password.</summary>
[RequirePermission("ManageUsers")]
public sealed class InviteUserModel(InvitationMail invitations, GrantRules rules) : PageModel
{
    [BindProperty]
    public NewInvitee Input { get; set; } = new();

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
            result = await invitations.InviteAsync(new Invitee(Input.Email, Input.UserName, wanted), SiteAddress.Of(Request), cancellationToken);
        }
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, e => FieldOf(e.Code));
            return Page();
        }
        return RedirectToPage("Index", new { q = Input.Email.Trim() });
    }

    private async Task LoadAsync(CancellationToken cancellationToken) => RoleChoices = await rules.RoleChoicesAsync(User, cancellationToken);

    // The user name is the address unless one is given, so a refused name belongs to the field it came from.
    private string FieldOf(string code) => code switch
    {
        _ when code.Contains("UserName", StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(Input.UserName) => "Input.UserName",
        _ when code.Contains("UserName", StringComparison.Ordinal) || code.Contains("Email", StringComparison.Ordinal) => "Input.Email",
        _ => "Input.Roles",
    };

    public sealed class NewInvitee
    {
        [Required(ErrorMessage = "Enter an e-mail address.")]
        [MaxLength(256, ErrorMessage = "The e-mail address can be at most {1} characters long.")]
        public string Email { get; set; } = "";

        [MaxLength(256, ErrorMessage = "The user name can be at most {1} characters long.")]
        public string? UserName { get; set; }

        public List<string> Roles { get; set; } = [];
    }
}
