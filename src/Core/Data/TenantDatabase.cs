using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Data;

namespace Verkostoportaali.Core.Data;

/// <summary>How a tenant's database is reached.</summary>
public static class TenantDatabase
{
    // No pooling: a pooled connection per tenant keeps its files and page cache open for minutes after the last
    // request; at thousands of tenants that runs out of file handles (bench/README.md). An open costs about 1 ms.
    public static string ConnectionString(TenantDataPaths paths, string tenantName) => new SqliteConnectionStringBuilder
    {
        DataSource = paths.ContentDatabase(tenantName),
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = false,
    }.ToString();

    /// <summary>The tenant's database for a context: the one place that names the provider.</summary>
    public static void Configure(DbContextOptionsBuilder options, TenantDataPaths paths, string tenantName) =>
        options.UseSqlite(ConnectionString(paths, tenantName)).AddInterceptors(SqliteLocking.Instance);
}
