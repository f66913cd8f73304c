namespace Verkostoportaali.Core.Tenancy;

/// <summary>
/// Told before a tenant's data folder is deleted, so that a module can close what it keeps open there (search
/// indexes, file watchers). Registered as a singleton; the tenant is already disabled and serves no requests.
/// </summary>
public interface ITenantEvents
{
    /// <summary>Releases the module's open files and caches of <paramref name="tenant"/>.</summary>
    Task RemovingAsync(Tenant tenant, CancellationToken cancellationToken);
}
