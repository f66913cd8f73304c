using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Settings;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.ServiceNeeds.Reporting;

/// <summary>
/// Deletes the personal data of needs closed longer ago than the site's retention period (GDPR's storage limitation),
/// with the offers' questions and the history's notes, which may name people; the counts stay.
/// </summary>
public sealed class NeedPurge(TenantDbContext db, SiteSettingsStore settings, TimeProvider clock, ILogger<NeedPurge> logger) : ITenantJob
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var months = (await settings.GetAsync<ServiceNeedSettings>(cancellationToken)).RetentionMonths;
        var now = clock.GetUtcNow().UtcDateTime;
        // A zero or negative setting would delete a need's data before anyone could read it.
        var cutoff = now.AddMonths(-Math.Max(1, months));
        var due = await db.Set<ServiceNeed>()
            .Where(n => n.PersonalDataDeletedUtc == null && n.ClosedUtc != null && n.ClosedUtc < cutoff).ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return;
        }
        var ids = due.Select(n => n.Id).ToList();
        due.ForEach(n => NeedPersonalData.Erase(n, now));
        await db.Set<NeedOffer>().Where(o => ids.Contains(o.NeedId)).ExecuteUpdateAsync(o => o.SetProperty(x => x.Question, (string?)null), cancellationToken);
        await db.Set<NeedEvent>().Where(e => ids.Contains(e.NeedId)).ExecuteUpdateAsync(e => e.SetProperty(x => x.Note, (string?)null), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Deleted the personal data of {Count} service needs closed before {Cutoff:u}.", due.Count, cutoff);
    }
}
