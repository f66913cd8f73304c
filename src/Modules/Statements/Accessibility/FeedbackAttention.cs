using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Verkostoportaali.Core;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Localization;
using Verkostoportaali.Messaging;

namespace Verkostoportaali.Statements.Accessibility;

/// <summary>Unanswered accessibility feedback on the dashboard, overdue feedback apart: the law gives the site 14 days.</summary>
public sealed class FeedbackAttention(TenantDbContext db, TimeProvider clock, IStringLocalizer<FeedbackAttention> T) : IAdminAttention
{
    public Permission Permission => StatementsModule.ManageStatements;

    public async Task<IReadOnlyList<Attention>> ListAsync(CancellationToken cancellationToken = default)
    {
        var received = await db.Set<Feedback>().Where(f => f.AnsweredUtc == null).Select(f => f.ReceivedUtc).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var overdue = received.Count(r => now > r + Feedback.AnswerTime);
        var waiting = received.Where(r => now <= r + Feedback.AnswerTime).ToList();
        var attention = new List<Attention>();
        if (overdue > 0)
        {
            attention.Add(new(T.Plural(overdue, "{0} accessibility feedback message is past its 14-day answer deadline.",
                "{0} accessibility feedback messages are past their 14-day answer deadline."), StatementsModule.FeedbackAdminPath, Overdue: true));
        }
        if (waiting.Count > 0)
        {
            var nearest = HelsinkiTime.ToLocal(waiting.Min() + Feedback.AnswerTime).ToString("g");
            attention.Add(new(T.Plural(waiting.Count, "{0} accessibility feedback message waits for an answer; its deadline is {1}.",
                "{0} accessibility feedback messages wait for an answer; the nearest deadline is {1}.", nearest), StatementsModule.FeedbackAdminPath));
        }
        return attention;
    }
}
