using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Messaging;
using Verkostoportaali.Users.Accounts;
using Verkostoportaali.Users.Administration;

namespace Verkostoportaali.Users.Invitations;

/// <summary>A new account to invite: the roles are already checked against what the inviter may grant.</summary>
public sealed record Invitee(string Email, string? UserName, IReadOnlyList<string> Roles);

/// <summary>
/// Invites a user by e-mail: an account without a password, and a mail in the inviter's language with a one-time
/// link to set it, saved in the account's own transaction so that no account is left without its invitation.
/// </summary>
public sealed class InvitationMail(
    UserManager<IdentityUser> users, UserChanges changes, IMailOutbox outbox, TenantDbContext db, IStringLocalizer<InvitationMail> T)
{
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromDays(7);

    public const string AcceptPath = "/kutsu";

    public async Task<IdentityResult> InviteAsync(Invitee invitee, SiteAddress site, CancellationToken cancellationToken)
    {
        var email = invitee.Email.Trim();
        if (!AccountMail.IsAddress(email))
        {
            return Refused("InvalidEmail", T["Enter a valid e-mail address, such as name@example.fi."]);
        }
        var normalized = users.NormalizeEmail(email);
        if (await users.Users.AnyAsync(u => u.NormalizedEmail == normalized, cancellationToken))
        {
            return Refused("DuplicateEmail", T["The address {0} already belongs to an account of this site.", email]);
        }
        var userName = string.IsNullOrWhiteSpace(invitee.UserName) ? email : invitee.UserName.Trim();
        return await changes.InviteAsync(new IdentityUser(userName) { Email = email }, invitee.Roles,
            user => AddMailAsync(user, site), cancellationToken);
    }

    /// <summary>Mails a new link to an invited account that has not set its password; the earlier link keeps working until then.</summary>
    public async Task SendAgainAsync(IdentityUser user, SiteAddress site, CancellationToken cancellationToken)
    {
        await AddMailAsync(user, site);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Whether the account was invited and has not set its password yet.</summary>
    public static bool IsPending(IdentityUser user) => user.PasswordHash is null && !string.IsNullOrEmpty(user.Email);

    private async Task AddMailAsync(IdentityUser user, SiteAddress site)
    {
        var token = await users.GenerateUserTokenAsync(user, InvitationTokens.ProviderName, InvitationTokens.Purpose);
        var link = site.Url($"{AcceptPath}?user={Uri.EscapeDataString(user.Id)}&token={Uri.EscapeDataString(token)}");
        outbox.Add(new MailLayout(site.Name, site.Home)
            .Paragraph(T["You are invited to the site {0} with the user name {1}.", site.Name, user.UserName ?? ""])
            .Paragraph(T["Set your password within seven days at this address; the link works once:"], link)
            .Paragraph(T["If you do not know why you got this invitation, you can ignore this mail."])
            .To(user.Email!, T["Invitation to {0}", site.Name]));
    }

    private static IdentityResult Refused(string code, string description) => IdentityResult.Failed(new IdentityError { Code = code, Description = description });
}
