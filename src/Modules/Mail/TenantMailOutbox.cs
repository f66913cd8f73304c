using Verkostoportaali.Core.Data;
using Verkostoportaali.Messaging;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Mail.Sending;

namespace Verkostoportaali.Mail;

/// <summary>
/// Adds the mail to the tenant's unit of work without saving it: the change that causes the mail saves it, so a mail
/// exists exactly when its change does. The sender is told to look at the tenant once the tenant's change commits.
/// </summary>
internal sealed class TenantMailOutbox(TenantDbContext db, TenantContext tenant, MailSignal signal, TimeProvider clock) : IMailOutbox
{
    public void Add(OutgoingMail mail)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.Set<QueuedMail>().Add(new QueuedMail
        {
            To = mail.To,
            Subject = mail.Subject.Length > QueuedMail.MaxSubjectLength ? mail.Subject[..QueuedMail.MaxSubjectLength] : mail.Subject,
            Text = mail.Text,
            Html = mail.Html,
            CreatedUtc = now,
            NextAttemptUtc = now,
        });
        signal.Expect(tenant.Tenant.Name);
    }
}
