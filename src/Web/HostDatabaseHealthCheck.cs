using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Web;

internal sealed class HostDatabaseHealthCheck(IDbContextFactory<HostDbContext> hostDb) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var db = await hostDb.CreateDbContextAsync(cancellationToken);
        return await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The host database cannot be reached.");
    }
}
