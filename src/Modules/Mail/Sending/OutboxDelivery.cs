using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using Verkostoportaali.Core.Data;

namespace Verkostoportaali.Mail.Sending;

/// <summary>Sends the scope's tenant's due mail, one by one; a failure waits twice as long as the one before it.</summary>
internal sealed class OutboxDelivery(
    TenantDbContext db, SiteSender site, MailDelivery delivery, IOptions<MailOptions> options, TimeProvider clock, ILogger<OutboxDelivery> logger)
{
    private const int Batch = 50;

    /// <summary>Sends what is due and answers when the earliest unsent mail is due next; null when all is sent.</summary>
    public async Task<DateTimeOffset?> SendDueAsync(CancellationToken cancellationToken)
    {
        // Marking mail sent is bookkeeping that no page shows: it must not count as a change to the site's pages.
        db.IsBookkeeping = true;
        var now = clock.GetUtcNow();
        // Nearly every sweep finds no mail due: one query says so, before the batch and the sender's address are read.
        var first = await NextDueAsync(cancellationToken);
        if (first is null || first > now)
        {
            return first;
        }
        var due = await db.Set<QueuedMail>().Where(m => m.SentUtc == null && m.NextAttemptUtc <= now.UtcDateTime)
            .OrderBy(m => m.Id).Take(Batch).ToListAsync(cancellationToken);
        // Read for each batch (from the settings cache), so that a sender changed on the admin page applies to the next mail.
        var from = await site.AddressAsync(cancellationToken);
        foreach (var mail in due)
        {
            await SendAsync(mail, from, cancellationToken);
        }
        return await NextDueAsync(cancellationToken);
    }

    private async Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken)
    {
        var next = await db.Set<QueuedMail>().Where(m => m.SentUtc == null)
            .OrderBy(m => m.NextAttemptUtc).Select(m => (DateTime?)m.NextAttemptUtc).FirstOrDefaultAsync(cancellationToken);
        return next is { } utc ? new DateTimeOffset(utc, TimeSpan.Zero) : null;
    }

    private async Task SendAsync(QueuedMail mail, MailboxAddress from, CancellationToken cancellationToken)
    {
        mail.Attempts++;
        try
        {
            var name = site.Tenant.Name;
            await delivery.DeliverAsync(MailDelivery.Compose(mail, name, from), name, site.WritesFiles, cancellationToken);
            mail.SentUtc = clock.GetUtcNow().UtcDateTime;
            mail.LastError = null;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            mail.NextAttemptUtc = clock.GetUtcNow().UtcDateTime + Backoff(mail.Attempts);
            mail.LastError = e.Message.Length > QueuedMail.MaxErrorLength ? e.Message[..QueuedMail.MaxErrorLength] : e.Message;
            logger.LogWarning("Mail {Id} of tenant {Tenant} was not sent (attempt {Attempts}); trying again at {Next:u}: {Error}",
                mail.Id, site.Tenant.Name, mail.Attempts, mail.NextAttemptUtc, e.Message);
        }
        // Saved mail by mail: a mail the server took is marked sent even if a later one fails or the process stops.
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private TimeSpan Backoff(int attempts)
    {
        var (first, longest) = (options.Value.FirstRetry, options.Value.LongestRetry);
        var ticks = first.Ticks * Math.Pow(2, Math.Min(attempts - 1, 30));
        return ticks >= longest.Ticks ? longest : TimeSpan.FromTicks((long)ticks);
    }
}
