using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Mail.Sending;

/// <summary>Makes a MIME message of a queued mail and hands it to the SMTP server, or without one writes it as an .eml file.</summary>
internal sealed class MailDelivery(IOptions<MailOptions> options, TenantDataPaths paths)
{
    private static readonly TimeSpan SmtpTimeout = TimeSpan.FromSeconds(30);

    public static MimeMessage Compose(QueuedMail mail, string tenant, MailboxAddress from)
    {
        var message = new MimeMessage { Subject = mail.Subject, Date = new DateTimeOffset(mail.CreatedUtc, TimeSpan.Zero) };
        message.From.Add(from);
        message.To.Add(MailboxAddress.Parse(mail.To));
        // The same id on every attempt, so that a receiver can tell a mail sent again after a crash from a new one.
        message.MessageId = $"{tenant}.{mail.Id}.{mail.CreatedUtc.Ticks}@{from.Domain}";
        message.Body = new BodyBuilder { TextBody = mail.Text, HtmlBody = mail.Html }.ToMessageBody();
        return message;
    }

    /// <summary>Writes the message to the tenant's folder when <paramref name="toFile"/> (<see cref="SiteSender.WritesFiles"/>), else sends it.</summary>
    public Task DeliverAsync(MimeMessage message, string tenant, bool toFile, CancellationToken cancellationToken) =>
        toFile ? WriteFileAsync(message, tenant, cancellationToken) : SendAsync(message, options.Value.Smtp, cancellationToken);

    /// <summary>The folder of a tenant's .eml files when no SMTP server is set.</summary>
    public string FolderOf(string tenant)
    {
        TenantName.EnsureValid(tenant);
        return Path.Combine(paths.Root, "Mail", tenant);
    }

    private static async Task SendAsync(MimeMessage message, SmtpOptions smtp, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient { Timeout = (int)SmtpTimeout.TotalMilliseconds };
        await client.ConnectAsync(smtp.Host!, smtp.Port, smtp.Security, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
        }
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    private async Task WriteFileAsync(MimeMessage message, string tenant, CancellationToken cancellationToken)
    {
        var folder = FolderOf(tenant);
        Directory.CreateDirectory(folder);
        // Named by the message id, so that writing a mail again replaces its file; moved into place whole.
        var file = Path.Combine(folder, message.MessageId!.Split('@')[0] + ".eml");
        var partial = file + ".partial";
        await message.WriteToAsync(partial, cancellationToken);
        File.Move(partial, file, overwrite: true);
    }
}
