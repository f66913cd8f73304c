using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Mail.Sending;

namespace Verkostoportaali.Mail.Pages.Mail;

/// <summary>The site's outbox for its administrators: mail waiting or failed, with the last error, and the latest sent.</summary>
[RequirePermission("ManageMail")]
public sealed class IndexModel(TenantDbContext db, SiteSender site, MailSignal signal, TimeProvider clock) : PageModel
{
    // The waiting list is for seeing what is wrong; a site with more waiting mail has one problem many times over.
    private const int Listed = 100;
    private const int RecentlySent = 20;

    /// <summary>The mail just put first in line by "send now", shown once after the redirect.</summary>
    [BindProperty(SupportsGet = true, Name = "queued")]
    public long? Queued { get; set; }

    public IReadOnlyList<QueuedMail> Waiting { get; private set; } = [];
    public IReadOnlyList<QueuedMail> Sent { get; private set; } = [];
    public int WaitingCount { get; private set; }
    public int FailedCount { get; private set; }
    public MailboxAddress Sender { get; private set; } = null!;
    public bool WritesFiles => site.WritesFiles;
    public bool IsDemo => site.IsDemo;
    public bool IsPortal => site.Tenant.IsDefault;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var unsent = db.Set<QueuedMail>().AsNoTracking().Where(m => m.SentUtc == null);
        WaitingCount = await unsent.CountAsync(cancellationToken);
        FailedCount = await unsent.CountAsync(m => m.Attempts > 0, cancellationToken);
        Waiting = await unsent.OrderBy(m => m.NextAttemptUtc).ThenBy(m => m.Id).Take(Listed).ToListAsync(cancellationToken);
        Sent = await db.Set<QueuedMail>().AsNoTracking().Where(m => m.SentUtc != null)
            .OrderByDescending(m => m.SentUtc).Take(RecentlySent).ToListAsync(cancellationToken);
        Sender = await site.AddressAsync(cancellationToken);
    }

    /// <summary>Makes a waiting mail due now and wakes the sender, which alone sends, so a mail is never sent twice at once.</summary>
    public async Task<IActionResult> OnPostSendNowAsync(long id, CancellationToken cancellationToken)
    {
        if (await db.Set<QueuedMail>().FindAsync([id], cancellationToken) is not { } mail)
        {
            return NotFound();
        }
        if (mail.SentUtc is null)
        {
            // Like the sender's own saves, bookkeeping that no public page shows.
            db.IsBookkeeping = true;
            mail.NextAttemptUtc = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
            signal.Wake(site.Tenant.Name);
        }
        return RedirectToPage(new { queued = id });
    }
}
