using Microsoft.Extensions.Configuration;

namespace Verkostoportaali.Testing;

/// <summary><see cref="TestPortal"/> on PostgreSQL: the run's <see cref="PostgresServer"/>, with a fresh database per portal.</summary>
public sealed class PostgresTestPortal : TestPortal
{
    protected override async Task ConfigureDatabaseAsync(IConfiguration configuration)
    {
        var server = await PostgresServer.SharedAsync();
        foreach (var (key, value) in PostgresServer.PortalSettings(await server.CreateDatabaseAsync("portal")))
        {
            configuration[key] = value;
        }
    }
}
