using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Localization;
using Verkostoportaali.Messaging;
using Verkostoportaali.Users.Language;

namespace Verkostoportaali.Users.Accounts;

/// <summary>
/// A user's change of their own e-mail address: a one-time link to the new address, which applies the change when
/// followed (so that an address nobody reads is never set), and a notice to the old one, so that its owner learns of
/// a change they did not ask for. Also the notice of an administrator's change, which applies at once.
/// </summary>
public sealed class EmailChangeMail(
    UserManager<IdentityUser> users, IMailOutbox outbox, TenantDbContext db, IStringLocalizer<EmailChangeMail> T)
{
    public const string ConfirmPath = "/vahvista-sahkoposti";

    // The length of Identity's Email column.
    private const int MaxLength = 256;

    /// <summary>Mails the link and the notice in the request's language, or refuses an address that is not one.</summary>
    public async Task<IdentityResult> RequestAsync(IdentityUser user, string newEmail, HttpRequest request, CancellationToken cancellationToken)
    {
        var email = newEmail.Trim();
        if (Problem(user, email) is { } problem)
        {
            return problem;
        }
        // The token holds the new address and the security stamp; the tenant's data protection keys sign it.
        var token = await users.GenerateChangeEmailTokenAsync(user, email);
        var language = request.HttpContext.Language();
        var link = AccountMail.Link(request, language,
            $"{ConfirmPath}?user={Uri.EscapeDataString(user.Id)}&email={Uri.EscapeDataString(email)}&token={Uri.EscapeDataString(token)}");
        var site = request.HttpContext.GetTenant().DisplayName;
        outbox.Add(AccountMail.Layout(request, language)
            .Paragraph(T["The user {0} of {1} asked to change the account's e-mail address to this one.", user.UserName ?? "", site])
            .Paragraph(T["Confirm the new address within two hours at this address; the link works once:"], link)
            .Paragraph(T["If you did not ask for this, you can ignore this mail: the address stays as it was."])
            .To(email, T["Confirm your new e-mail address on {0}", site]));
        if (!string.IsNullOrEmpty(user.Email))
        {
            outbox.Add(Notice(user, user.Email, email, request, language, confirmed: false));
        }
        await db.SaveChangesAsync(cancellationToken);
        return IdentityResult.Success;
    }

    /// <summary>Why <paramref name="email"/> cannot be the account's new address; null when it can.</summary>
    public IdentityResult? Problem(IdentityUser user, string email) =>
        email.Length > MaxLength ? Refused("InvalidEmail", T["The e-mail address can be at most {0} characters long.", MaxLength])
        : !AccountMail.IsAddress(email) ? Refused("InvalidEmail", T["Enter a valid e-mail address, such as name@example.fi."])
        : users.NormalizeEmail(email) == user.NormalizedEmail ? Refused("SameEmail", T["The account already has the address {0}.", email])
        : null;

    /// <summary>The notice to the old address of a change an administrator made, in the user's own language (Finnish if none).</summary>
    public async Task<Action<string>> NoticeOfChangeAsync(IdentityUser user, HttpRequest request)
    {
        var chosen = await db.Set<IdentityUserClaim<string>>().Where(c => c.UserId == user.Id && c.ClaimType == AdminLanguage.ClaimType)
            .Select(c => c.ClaimValue).FirstOrDefaultAsync();
        var language = AdminLanguage.Named(chosen) ?? PortalCultures.Default;
        return old => outbox.Add(Notice(user, old, user.Email!, request, language, confirmed: true));
    }

    private OutgoingMail Notice(IdentityUser user, string old, string email, HttpRequest request, string language, bool confirmed) =>
        AccountMail.In(language, () =>
        {
            var site = request.HttpContext.GetTenant().DisplayName;
            return AccountMail.Layout(request, language)
                .Paragraph(confirmed
                    ? T["The e-mail address of the user {0} of {1} was changed from {2} to {3} by the site's administrator.", user.UserName ?? "", site, old, email]
                    : T["The user {0} of {1} asked to change the account's e-mail address from {2} to {3}. The change applies when it is confirmed by a link mailed to the new address.", user.UserName ?? "", site, old, email])
                .Paragraph(T["If you did not expect this, tell the site's administrator."])
                .To(old, T["The e-mail address of your account on {0}", site]);
        });

    private static IdentityResult Refused(string code, string description) => IdentityResult.Failed(new IdentityError { Code = code, Description = description });
}
