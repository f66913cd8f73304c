using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Localization;
using Verkostoportaali.Messaging;

namespace Verkostoportaali.Mail.Sending;

/// <summary>Tells the site's mail managers on the dashboard that mail failed, so that a wrong sender or a dead server is noticed.</summary>
public sealed class FailedMailAttention(TenantDbContext db, IStringLocalizer<FailedMailAttention> T) : IAdminAttention
{
    public Permission Permission => MailModule.ManageMail;

    public async Task<IReadOnlyList<Attention>> ListAsync(CancellationToken cancellationToken = default)
    {
        var failed = await db.Set<QueuedMail>().CountAsync(m => m.SentUtc == null && m.Attempts > 0, cancellationToken);
        return failed == 0 ? [] :
        [
            new(T.Plural(failed, "{0} mail could not be sent yet. It is tried again; the outbox shows the error.",
                "{0} mails could not be sent yet. They are tried again; the outbox shows the error."), MailModule.OutboxPath, Overdue: true),
        ];
    }
}
