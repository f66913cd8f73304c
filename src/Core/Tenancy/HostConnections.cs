using System.Data.Common;
using Verkostoportaali.Data;

namespace Verkostoportaali.Core.Tenancy;

/// <summary>
/// Connections to the host database: EF Core's (<see cref="HostDbContext"/>) and the plain ones that read it at start,
/// before EF Core has built its model.
/// </summary>
public sealed class HostConnections(TenantDataPaths paths, PortalDatabase database)
{
    public DbConnection Create() => database.CreateHostConnection(paths.HostDatabase);
}
