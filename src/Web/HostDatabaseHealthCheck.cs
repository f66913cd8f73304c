using System.Data.Common;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Web;

/// <summary>Healthy when the host database answers a read of the tenant registry: a plain query, as EF Core's first one costs start-up time.</summary>
internal sealed class HostDatabaseHealthCheck(HostConnections connections) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = connections.Create();
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = """SELECT 1 FROM "Tenants" LIMIT 1""";
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (DbException e)
        {
            return HealthCheckResult.Unhealthy("The host database cannot be reached.", e);
        }
    }
}
