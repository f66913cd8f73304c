namespace Verkostoportaali.Messaging;

/// <summary>A mail to one address, with the same message as plain text and as HTML.</summary>
public sealed record OutgoingMail(string To, string Subject, string Text, string Html);

/// <summary>
/// The tenant's outgoing mail; implemented by the Mail module. <see cref="Add"/> adds the mail to the tenant database's
/// unit of work without saving it, so that the mail is saved, and then sent, exactly when the change that causes it is.
/// </summary>
public interface IMailOutbox
{
    void Add(OutgoingMail mail);
}
