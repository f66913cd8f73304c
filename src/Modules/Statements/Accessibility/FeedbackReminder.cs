using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Statements.Accessibility;

/// <summary>Reminds the site's users, once, of feedback still unanswered <see cref="Before"/> its 14-day deadline.</summary>
public sealed class FeedbackReminder(TenantDbContext db, FeedbackMails mails, TimeProvider clock) : ITenantJob
{
    public static readonly TimeSpan Before = TimeSpan.FromDays(3);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // Received before this moment means the deadline is within the reminder's days (or already past).
        var due = now - (Feedback.AnswerTime - Before);
        var pending = await db.Set<Feedback>()
            .Where(f => f.AnsweredUtc == null && f.ReminderSentUtc == null && f.ReceivedUtc <= due)
            .ToListAsync(cancellationToken);
        foreach (var feedback in pending)
        {
            feedback.ReminderSentUtc = now;
            await mails.AddReminderAsync(feedback, cancellationToken);
        }
        // The marks and the mails in one save: a reminder is sent once, and is not marked sent unless it is.
        await db.SaveChangesAsync(cancellationToken);
    }
}
