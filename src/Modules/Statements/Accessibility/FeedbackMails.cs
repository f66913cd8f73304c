using System.Globalization;
using Microsoft.Extensions.Localization;
using Verkostoportaali.Core;
using Verkostoportaali.Core.Settings;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Localization;
using Verkostoportaali.Messaging;

namespace Verkostoportaali.Statements.Accessibility;

/// <summary>
/// The mails of accessibility feedback, put in the outbox in the unit of work that saves the feedback (or its reminder
/// mark): to the users who get the notification and to the statement's feedback address, each in its own language,
/// and a confirmation to the sender in the language they wrote in.
/// </summary>
public sealed class FeedbackMails(IMailOutbox outbox, INotificationRecipients notified, SiteSettingsStore settings, TenantContext tenant,
    IStringLocalizer<FeedbackMails> T)
{
    public async Task AddReceivedAsync(Feedback feedback, CancellationToken cancellationToken = default)
    {
        foreach (var recipient in await StaffAsync(cancellationToken))
        {
            outbox.Add(In(recipient.Language, () => Layout(feedback)
                .Paragraph(T["{0} sent feedback on the site's accessibility:", Sender(feedback)])
                .Paragraph(feedback.Message)
                .Paragraph(T["The law gives the site 14 days to answer: by {0}. Answer the sender at {1}, then mark the feedback answered:", Deadline(feedback), feedback.Email],
                    feedback.SiteAddress + StatementsModule.FeedbackAdminPath.TrimStart('/'))
                .To(recipient.Email, T["Accessibility feedback from {0}", Sender(feedback)])));
        }
        outbox.Add(In(feedback.Language, () => Layout(feedback)
            .Paragraph(T["Thank you for your feedback on the accessibility of {0}. We answer it by {1}.", tenant.Tenant.DisplayName, Deadline(feedback)])
            .Paragraph(T["Your message:"])
            .Paragraph(feedback.Message)
            .Paragraph(T["If you get no answer in time, or are not satisfied with it, you can turn to the supervising authority; the accessibility statement tells how:"],
                feedback.SiteAddress + LanguagePrefix(feedback.Language) + StatementsModule.AccessibilityPath.TrimStart('/'))
            .To(feedback.Email, T["We received your accessibility feedback"])));
    }

    public async Task AddReminderAsync(Feedback feedback, CancellationToken cancellationToken = default)
    {
        foreach (var recipient in await StaffAsync(cancellationToken))
        {
            outbox.Add(In(recipient.Language, () => Layout(feedback)
                .Paragraph(T["The accessibility feedback from {0} is still unanswered. The law gives the site until {1} to answer it.", Sender(feedback), Deadline(feedback)])
                .Paragraph(feedback.Message)
                .Paragraph(T["Answer the sender at {0}, then mark the feedback answered:", feedback.Email],
                    feedback.SiteAddress + StatementsModule.FeedbackAdminPath.TrimStart('/'))
                .To(recipient.Email, T["Reminder: accessibility feedback to answer by {0}", Deadline(feedback)])));
        }
    }

    // The statement's feedback address is read in Finnish, the site's default language, unless it is also a user's.
    private async Task<IReadOnlyList<MailRecipient>> StaffAsync(CancellationToken cancellationToken)
    {
        var recipients = (await notified.OfAsync(FeedbackNotifications.NewFeedback, cancellationToken)).ToList();
        if ((await settings.GetAsync<StatementSettings>(cancellationToken)).FeedbackEmail is { Length: > 0 } contact
            && !recipients.Exists(r => string.Equals(r.Email, contact, StringComparison.OrdinalIgnoreCase)))
        {
            recipients.Add(new MailRecipient(contact, PortalCultures.Default));
        }
        return recipients;
    }

    private MailLayout Layout(Feedback feedback) => new(tenant.Tenant.DisplayName, feedback.SiteAddress);

    private string Sender(Feedback feedback) => feedback.Name is { } name ? $"{name} <{feedback.Email}>" : feedback.Email;

    private static string Deadline(Feedback feedback) => HelsinkiTime.ToLocal(feedback.DeadlineUtc).ToString("d", CultureInfo.CurrentCulture);

    private static string LanguagePrefix(string language) => language == PortalCultures.Default ? "" : language + "/";

    /// <summary>Composes a mail with the UI and formatting culture of <paramref name="language"/>, then puts the request's back.</summary>
    private static OutgoingMail In(string language, Func<OutgoingMail> compose)
    {
        var (ui, formatting) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = PortalCultures.Formatting(PortalCultures.All.Contains(language) ? language : PortalCultures.Default);
        try
        {
            return compose();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, formatting);
        }
    }
}
