using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Verkostoportaali.Core.Tenancy;

/// <summary>
/// Connections to the host database: EF Core's (<see cref="HostDbContext"/>) and the plain ones that read it at start,
/// before EF Core has built its model.
/// </summary>
public sealed class HostConnections(TenantDataPaths paths)
{
    public string ConnectionString { get; } = $"Data Source={paths.HostDatabase}";

    public DbConnection Create() => new SqliteConnection(ConnectionString);
}
