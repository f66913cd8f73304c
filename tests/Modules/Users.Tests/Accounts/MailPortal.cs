using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Messaging;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Users.Tests.Accounts;

/// <summary>
/// A portal of its own that mails over SMTP to a real server (aiosmtpd), with a module-less notification source
/// added, since no module of the portal declares notifications yet.
/// </summary>
public sealed partial class MailPortal() : SmtpPortal(services => services.AddScoped<INotificationSource, TestNotifications>())
{
    /// <summary>The first mail to the address whose subject contains <paramref name="subject"/>, once the server has it.</summary>
    public Task<MimeMessage> MailToAsync(string address, string subject) =>
        Eventually.ValueAsync(() => Task.FromResult(Smtp.MessagesTo(address).FirstOrDefault(m => (m.Subject ?? "").Contains(subject, StringComparison.Ordinal))),
            $"the mail \"{subject}\" to {address}");

    /// <summary>The link of a mail that leads to <paramref name="path"/> (such as "vahvista-sahkoposti").</summary>
    public static string LinkTo(MimeMessage mail, string path) =>
        Link().Matches(mail.TextBody ?? "").Select(m => m.Value).FirstOrDefault(l => new Uri(l).AbsolutePath.EndsWith("/" + path, StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"No link to {path} in the mail \"{mail.Subject}\":\n{mail.TextBody}");

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}

[CollectionDefinition(Name)]
public sealed class MailPortalCollection : ICollectionFixture<MailPortal>
{
    public const string Name = "MailPortal";
}

/// <summary>Notifications with permissions of each kind: one Editors hold, one implied by another, one no role holds by name.</summary>
public sealed class TestNotifications : INotificationSource
{
    public static readonly Notification Published = new("Test.Published", "Someone published content", ContentPermissions.Publish);
    public static readonly Notification OwnEdited = new("Test.OwnEdited", "Content of yours was edited", ContentPermissions.EditOwn);
    public static readonly Notification Unheld = new("Test.Unheld", "Something only administrators hear of", new Permission("TestUnheld", "Nobody's permission"));

    public IEnumerable<Notification> Notifications => [Published, OwnEdited, Unheld];
}
