using Verkostoportaali.Core.Security;

namespace Verkostoportaali.Messaging;

/// <summary>
/// A mail a module may send to the site's users who hold <paramref name="Permission"/>, such as a new join request;
/// each user can turn it off on their own account page. <paramref name="Name"/> is a msgid of the declaring module.
/// </summary>
public sealed record Notification(string Id, string Name, Permission Permission);

/// <summary>A module's notifications; registered by the module, so listed only in tenants with its feature.</summary>
public interface INotificationSource
{
    IEnumerable<Notification> Notifications { get; }
}

/// <summary>Where a mail goes, and the language (fi, sv or en) to write it in.</summary>
public sealed record MailRecipient(string Email, string Language);

/// <summary>The site's users who get a notification; implemented by the Users module.</summary>
public interface INotificationRecipients
{
    /// <summary>Users with an address who hold the notification's permission and have not turned it off.</summary>
    Task<IReadOnlyList<MailRecipient>> OfAsync(Notification notification, CancellationToken cancellationToken = default);
}
