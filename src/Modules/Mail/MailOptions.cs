using MailKit.Security;

namespace Verkostoportaali.Mail;

/// <summary>The <c>Portal:Mail</c> configuration section.</summary>
public sealed class MailOptions
{
    public const string Section = "Portal:Mail";

    /// <summary>The sender's address, in the site's display name, for sites without a sender of their own (<see cref="MailSettings"/>).</summary>
    public string From { get; set; } = "noreply@localhost";

    /// <summary>
    /// Whether sites made by a demo recipe send over SMTP too. Off: they write .eml files even with a server set, since
    /// their content holds real people's addresses (<see cref="Sending.SiteSender.IsDemo"/>).
    /// </summary>
    public bool SendFromDemoSites { get; set; }

    /// <summary>The SMTP server; without a host, mails are written as .eml files under <c>{DataPath}/Mail/{tenant}/</c>.</summary>
    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>The wait after a mail's first failed attempt; it doubles with each failure, up to <see cref="LongestRetry"/>.</summary>
    public TimeSpan FirstRetry { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan LongestRetry { get; set; } = TimeSpan.FromHours(6);

    /// <summary>
    /// How often every running tenant's outbox is read for mail not signalled in this process: left from before a
    /// restart, or written by another node or an ops command.
    /// </summary>
    public TimeSpan Sweep { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>The <c>Portal:Mail:Smtp</c> section.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>None, StartTls, SslOnConnect or Auto (STARTTLS when the server offers it, TLS at once on port 465).</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;

    public string? UserName { get; set; }

    public string? Password { get; set; }
}
