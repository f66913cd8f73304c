using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Messaging;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Users.Security;

/// <summary>
/// Mails an account a one-time link to set a new password, in the request's language. Whether the account exists is
/// not told to the asker: the page answers the same either way.
/// </summary>
public sealed class PasswordResetMail(
    UserManager<IdentityUser> users, IMailOutbox outbox, TenantDbContext db, IStringLocalizer<PasswordResetMail> T)
{
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromHours(2);

    // Accounts may share an address (e-mail is not unique); each gets its own link, but no address gets a flood.
    private const int MostAccountsPerAddress = 5;

    public const string ResetPath = "/salasana-uusi";

    public async Task SendAsync(string userNameOrEmail, HttpRequest request, CancellationToken cancellationToken)
    {
        var accounts = await AccountsAsync(userNameOrEmail, cancellationToken);
        foreach (var account in accounts.Where(a => !string.IsNullOrWhiteSpace(a.Email)))
        {
            var token = await users.GeneratePasswordResetTokenAsync(account);
            var link = TenantLinks.Absolute(request,
                $"{request.PathBase}{ResetPath}?user={Uri.EscapeDataString(account.Id)}&token={Uri.EscapeDataString(token)}");
            outbox.Add(Compose(account, link, request));
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<IdentityUser>> AccountsAsync(string userNameOrEmail, CancellationToken cancellationToken)
    {
        if (await users.FindByNameAsync(userNameOrEmail) is { } byName)
        {
            return [byName];
        }
        var email = users.NormalizeEmail(userNameOrEmail);
        return await users.Users.Where(u => u.NormalizedEmail == email).OrderBy(u => u.UserName).Take(MostAccountsPerAddress).ToListAsync(cancellationToken);
    }

    private OutgoingMail Compose(IdentityUser account, string link, HttpRequest request)
    {
        var site = request.HttpContext.GetTenant().DisplayName;
        var home = TenantLinks.Absolute(request, $"{request.PathBase}/");
        return new MailLayout(site, home)
            .Paragraph(T["Someone asked to set a new password for the account {0} on {1}.", account.UserName ?? "", site])
            .Paragraph(T["Set a new password within two hours at this address; it works once:"], link)
            .Paragraph(T["If you did not ask for this, you can ignore this mail: your password stays as it was."])
            .To(account.Email!, T["A new password for {0}", site]);
    }
}
