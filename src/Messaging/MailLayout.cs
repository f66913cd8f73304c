using System.Text;
using System.Text.Encodings.Web;

namespace Verkostoportaali.Messaging;

/// <summary>
/// The one layout of the portal's mails, as plain text and as HTML: paragraphs (a line break stays one), each with
/// an optional link, then the site's name and address. <c>new MailLayout(site, home).Paragraph(...).To(address, subject)</c>.
/// </summary>
public sealed class MailLayout(string site, string home)
{
    private readonly List<(string Text, string? Link)> paragraphs = [];

    /// <summary>Adds a paragraph, skipped when it is empty and has no link.</summary>
    public MailLayout Paragraph(string text, string? link = null)
    {
        if (text.Length > 0 || link is not null)
        {
            paragraphs.Add((text, link));
        }
        return this;
    }

    public OutgoingMail To(string address, string subject)
    {
        var text = new StringBuilder();
        var html = new StringBuilder();
        foreach (var (paragraph, link) in paragraphs)
        {
            var separator = paragraph.Length > 0 && link is not null;
            text.Append(paragraph).Append(separator ? "\n" : "").Append(link).Append("\n\n");
            html.Append("<p>").Append(Encoded(paragraph)).Append(separator ? "<br>" : "").Append(link is null ? "" : Anchor(link)).Append("</p>\n");
        }
        // "-- " lets mail programs tell the signature from the message.
        text.Append("-- \n").Append(site).Append('\n').Append(home).Append('\n');
        html.Append("<p>").Append(Encoded(site)).Append("<br>").Append(Anchor(home)).Append("</p>\n");
        return new OutgoingMail(address, subject, text.ToString(), html.ToString());
    }

    private static string Encoded(string text) => HtmlEncoder.Default.Encode(text).Replace("&#xA;", "<br>", StringComparison.Ordinal);

    private static string Anchor(string link) => $"<a href=\"{HtmlEncoder.Default.Encode(link)}\">{HtmlEncoder.Default.Encode(link)}</a>";
}
