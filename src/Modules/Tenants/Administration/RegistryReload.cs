using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Tenants.Administration;

/// <summary>
/// Reads the tenant registry again when the change feed says another process (a node, an ops command) changed it, so
/// that a site created, disabled or removed there is served accordingly here within about a second, without a restart.
/// </summary>
public sealed class RegistryReload(TenantRegistry registry, IEnumerable<ITenantEvents> events)
{
    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        // A site removed by another process may still have files open here (search indexes): let modules close them.
        // One created again under the same name between two reads is a new site, and the old one is removed all the same.
        // The registry tells which under its write lock, so that a removal this process makes meanwhile is not told twice.
        foreach (var removed in await registry.LoadAsync(cancellationToken))
        {
            foreach (var handler in events)
            {
                await handler.RemovingAsync(removed, cancellationToken);
            }
        }
    }
}
