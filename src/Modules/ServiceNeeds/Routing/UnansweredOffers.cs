using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Settings;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.ServiceNeeds.Routing;

/// <summary>A forwarded need that no provider accepted within the site's answer days goes back to the coordinator.</summary>
public sealed class UnansweredOffers(TenantDbContext db, SiteSettingsStore settings, NeedRouting routing, TimeProvider clock) : ITenantJob
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var days = Math.Max(1, (await settings.GetAsync<ServiceNeedSettings>(cancellationToken)).AnswerDays);
        var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-days);
        var forwarded = await db.Set<ServiceNeed>().Where(n => n.Status == NeedStatus.Forwarded).ToListAsync(cancellationToken);
        foreach (var need in forwarded)
        {
            // The newest offer counts: a need forwarded again yesterday has its full time again.
            var lastSent = await db.Set<NeedOffer>().Where(o => o.NeedId == need.Id).MaxAsync(o => (DateTime?)o.SentUtc, cancellationToken);
            if (lastSent is null || lastSent < cutoff)
            {
                await routing.ReturnAsync(need, NeedRouting.System, cancellationToken);
            }
        }
        // The returns and their mails in one save.
        await db.SaveChangesAsync(cancellationToken);
    }
}
