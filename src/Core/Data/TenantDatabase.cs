using Microsoft.Data.Sqlite;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Core.Data;

/// <summary>How a tenant's database is reached.</summary>
public static class TenantDatabase
{
    public static string ConnectionString(TenantDataPaths paths, string tenantName) => new SqliteConnectionStringBuilder
    {
        DataSource = paths.ContentDatabase(tenantName),
        Mode = SqliteOpenMode.ReadWriteCreate,
    }.ToString();
}
