using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Messaging;

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

    public async Task SendAsync(string userNameOrEmail, SiteAddress site, CancellationToken cancellationToken)
    {
        foreach (var account in await AccountsAsync(userNameOrEmail, cancellationToken))
        {
            await AddMailAsync(account, site);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Mails the account a link when it has an address (the portal admin's reset for a site's administrator); false when it has none.</summary>
    public async Task<bool> SendToAsync(IdentityUser account, SiteAddress site, CancellationToken cancellationToken)
    {
        if (!await AddMailAsync(account, site))
        {
            return false;
        }
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task<bool> AddMailAsync(IdentityUser account, SiteAddress site)
    {
        if (string.IsNullOrWhiteSpace(account.Email))
        {
            return false;
        }
        var token = await users.GeneratePasswordResetTokenAsync(account);
        var link = site.Url($"{ResetPath}?user={Uri.EscapeDataString(account.Id)}&token={Uri.EscapeDataString(token)}");
        outbox.Add(new MailLayout(site.Name, site.Home)
            .Paragraph(T["Someone asked to set a new password for the account {0} on {1}.", account.UserName ?? "", site.Name])
            .Paragraph(T["Set a new password within two hours at this address; it works once:"], link)
            .Paragraph(T["If you did not ask for this, you can ignore this mail: your password stays as it was."])
            .To(account.Email, T["A new password for {0}", site.Name]));
        return true;
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
}
