using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Core.Data;

/// <summary>How a tenant's database is reached.</summary>
public static class TenantDatabase
{
    // No pooling: a pooled connection per tenant keeps three files and its page cache open for minutes after the
    // last request, which at thousands of tenants runs out of file handles (bench/README.md). Opening a SQLite
    // file costs about a millisecond.
    public static string ConnectionString(TenantDataPaths paths, string tenantName) => new SqliteConnectionStringBuilder
    {
        DataSource = paths.ContentDatabase(tenantName),
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = false,
    }.ToString();

    /// <summary>The tenant's database for a context: the one place that names the provider.</summary>
    public static void Configure(DbContextOptionsBuilder options, TenantDataPaths paths, string tenantName) =>
        options.UseSqlite(ConnectionString(paths, tenantName));
}
