using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Data;

namespace Verkostoportaali.Core.Data;

/// <summary>How a tenant's database is reached: <see cref="PortalDatabase"/> names the provider; a SQLite one is in the tenant's folder.</summary>
public static class TenantDatabase
{
    public static string ConnectionString(TenantDataPaths paths, string tenantName) =>
        PortalDatabase.SqliteConnectionString(paths.ContentDatabase(tenantName));

    public static void Configure(DbContextOptionsBuilder options, PortalDatabase database, TenantDataPaths paths, string tenantName) =>
        database.UseTenant(options, paths.ContentDatabase(tenantName), tenantName);
}
