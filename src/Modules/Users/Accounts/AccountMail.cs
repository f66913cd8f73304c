using System.Globalization;
using System.Net.Mail;
using Microsoft.AspNetCore.Http;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Localization;
using Verkostoportaali.Messaging;

namespace Verkostoportaali.Users.Accounts;

/// <summary>What the mails about an account share: the site's layout and links in one language, and writing in that language.</summary>
internal static class AccountMail
{
    /// <summary>The mail layout signed with the site's name and its home page in <paramref name="language"/>.</summary>
    public static MailLayout Layout(HttpRequest request, string language) =>
        new(request.HttpContext.GetTenant().DisplayName, Link(request, language, "/"));

    /// <summary>A full address of a path of the request's site, in <paramref name="language"/>.</summary>
    public static string Link(HttpRequest request, string language, string path) =>
        TenantLinks.Absolute(request, request.HttpContext.PathIn(language, path));

    /// <summary>
    /// Runs <paramref name="compose"/> with the UI culture of <paramref name="language"/>, so that localizers write a mail
    /// in its recipient's language rather than in the language of the request that causes it.
    /// </summary>
    public static T In<T>(string language, Func<T> compose)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = PortalCultures.Formatting(language);
        try
        {
            return compose();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    // MailAddress alone accepts "name@host" and display-name forms; an account needs a bare address on a domain.
    public static bool IsAddress(string email) =>
        MailAddress.TryCreate(email, out var address) && address.Address == email && address.Host.Contains('.');
}
