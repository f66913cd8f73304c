using Verkostoportaali.Messaging;

namespace Verkostoportaali.Statements.Accessibility;

/// <summary>The mail each new accessibility feedback (and its reminder) sends to the users who answer it.</summary>
public sealed class FeedbackNotifications : INotificationSource
{
    public static readonly Notification NewFeedback = new("accessibility-feedback", "New accessibility feedback", StatementsModule.ManageStatements);

    public IEnumerable<Notification> Notifications => [NewFeedback];
}
