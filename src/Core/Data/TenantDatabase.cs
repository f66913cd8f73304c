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

    /// <summary>A context from the pool all tenants share (its interceptors read the tenant from the context), for the
    /// scope's tenant; it goes back to the pool when the scope ends.</summary>
    internal static TenantDbContext Lease(IServiceProvider scope)
    {
        var tenant = scope.GetRequiredService<TenantContext>().Tenant;
        var db = scope.GetRequiredService<IDbContextFactory<TenantDbContext>>().CreateDbContext();
        // What a scope set on the context it gave back is not the next one's.
        (db.Tenant, db.IsBookkeeping, db.HasUncommittedWrites) = (tenant, false, false);
        scope.GetRequiredService<PortalDatabase>().LeaseTenant(db, scope.GetRequiredService<TenantDataPaths>().ContentDatabase(tenant.Name), tenant.Name);
        return db;
    }
}
