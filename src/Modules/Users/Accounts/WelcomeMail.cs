using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Localization;
using Verkostoportaali.Messaging;

namespace Verkostoportaali.Users.Accounts;

/// <summary>
/// Welcomes a new account with a password: the site, the user name, where to log in and where to choose
/// notifications, in the request's language. Never the password, which a mail would keep in plain text.
/// </summary>
public sealed class WelcomeMail(IMailOutbox outbox, TenantDbContext db, IStringLocalizer<WelcomeMail> T)
{
    public const string AccountPath = "/admin/tili";

    /// <summary>Adds the mail, when the account has an address, to the unit of work whose save creates the account.</summary>
    public void Add(IdentityUser user, HttpRequest request)
    {
        if (string.IsNullOrEmpty(user.Email))
        {
            return;
        }
        var language = request.HttpContext.Language();
        var site = request.HttpContext.GetTenant().DisplayName;
        outbox.Add(AccountMail.Layout(request, language)
            .Paragraph(T["Welcome to {0}! Your user name is {1}.", site, user.UserName ?? ""])
            .Paragraph(T["Log in at this address:"], AccountMail.Link(request, language, "/login"))
            .Paragraph(T["On your account page you can choose which notifications the site mails you, change your address and your password:"],
                AccountMail.Link(request, language, AccountPath))
            .To(user.Email, T["Welcome to {0}", site]));
    }

    /// <summary>
    /// Adds the mail, then runs <paramref name="change"/>, whose save (Identity's stores save at once) saves the mail
    /// with it; when the change fails, the mail is dropped with the rest of the unit of work.
    /// </summary>
    public async Task<IdentityResult> WithAsync(IdentityUser user, HttpRequest request, Func<Task<IdentityResult>> change)
    {
        Add(user, request);
        var result = await change();
        if (!result.Succeeded)
        {
            db.ChangeTracker.Clear();
        }
        return result;
    }
}
