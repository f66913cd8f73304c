using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Settings;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Networks.JoinRequests;

/// <summary>Deletes the tenant's join requests older than its retention period, handled or not.</summary>
public sealed class JoinRequestPurge(TenantDbContext db, SiteSettingsStore settings, TimeProvider clock, ILogger<JoinRequestPurge> logger)
    : ITenantJob
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var months = (await settings.GetAsync<NetworkSettings>(cancellationToken)).JoinRequestRetentionMonths;
        // A zero or negative setting would delete requests before anyone could read them.
        var cutoff = clock.GetUtcNow().AddMonths(-Math.Max(1, months)).UtcDateTime;
        var deleted = await db.Set<JoinRequest>().Where(r => r.CreatedUtc < cutoff).ExecuteDeleteAsync(cancellationToken);
        if (deleted > 0)
        {
            logger.LogInformation("Deleted {Count} join requests sent before {Cutoff:u}.", deleted, cutoff);
        }
    }
}
