using System.Text.Encodings.Web;
using Verkostoportaali.Core.Mail;

namespace Verkostoportaali.Users.Security;

/// <summary>
/// The shape of the Users module's mails that carry a one-time link (password reset, invitation): what happened, the
/// link, what to do if it was not asked for, and the site's name and address; as plain text and as HTML.
/// </summary>
internal static class LinkMail
{
    public static OutgoingMail Compose(string to, string subject, string what, string linkLine, string link, string ifNotAsked,
        string site, string home)
    {
        var text = $"{what}\n\n{linkLine}\n{link}\n\n{ifNotAsked}\n\n-- \n{site}\n{home}\n";
        var html = HtmlEncoder.Default;
        var body = $"""
            <p>{html.Encode(what)}</p>
            <p>{html.Encode(linkLine)}<br><a href="{html.Encode(link)}">{html.Encode(link)}</a></p>
            <p>{html.Encode(ifNotAsked)}</p>
            <p>{html.Encode(site)}<br><a href="{html.Encode(home)}">{html.Encode(home)}</a></p>
            """;
        return new OutgoingMail(to, subject, text, body);
    }
}
