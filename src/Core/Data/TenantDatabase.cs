using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Data;

namespace Verkostoportaali.Core.Data;

/// <summary>How a tenant's database is reached: <see cref="PortalDatabase"/> names the provider; a SQLite one is in the tenant's folder.</summary>
public static class TenantDatabase
{
    public static string ConnectionString(TenantDataPaths paths, string tenantName) =>
        PortalDatabase.SqliteConnectionString(paths.ContentDatabase(tenantName));
}

/// <summary>The scope's <see cref="TenantDbContext"/>, leased when first used (here or by resolving it): a request that
/// services answer from what they keep neither rents nor returns one, a fortieth of a public page's time.</summary>
public sealed class TenantDbOnDemand(IServiceProvider scope)
{
    public TenantDbContext Context => IfLeased ?? scope.GetRequiredService<TenantDbContext>();

    /// <summary>Null until the scope leases its context: nothing of the scope can be uncommitted then.</summary>
    public TenantDbContext? IfLeased { get; private set; }

    // For the context's registration only: the scope disposes it, back to the pool all tenants share.
    internal TenantDbContext Lease()
    {
        var (tenant, db) = (scope.GetRequiredService<TenantContext>().Tenant, scope.GetRequiredService<IDbContextFactory<TenantDbContext>>().CreateDbContext());
        // What a scope set on the context it gave back is not the next one's.
        (db.Tenant, db.IsBookkeeping, db.HasUncommittedWrites) = (tenant, false, false);
        scope.GetRequiredService<PortalDatabase>().LeaseTenant(db, scope.GetRequiredService<TenantDataPaths>().ContentDatabase(tenant.Name), tenant.Name);
        return IfLeased = db;
    }
}
