using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Search.Indexes;

/// <summary>
/// Before a removed tenant's folder is deleted: waits for a catch-up or rebuild of it to end, then closes its readers,
/// so that no open index file keeps the folder, and makes every result found before unreachable in the result cache.
/// The tenant is disabled by then, and the worker skips it from now on.
/// </summary>
internal sealed class IndexRemoval(TenantIndexes indexes) : ITenantEvents
{
    public async Task RemovingAsync(Tenant tenant, CancellationToken cancellationToken)
    {
        var writeLock = indexes.WriteLock(tenant.Name);
        await writeLock.WaitAsync(cancellationToken);
        try
        {
            indexes.Close(tenant.Name);
        }
        finally
        {
            writeLock.Release();
        }
    }
}
