using System.Collections.Concurrent;

namespace Verkostoportaali.Data;

/// <summary>
/// What this process has changed, as version numbers: a tenant's goes up after each committed write to its database
/// (and after its search index takes changes), the registry's after each change to the tenant rows, and
/// <see cref="Everything"/> with either. Caches put the versions they depend on in their keys, so an answer made
/// from older data is never served after the change, even one that was being made while the change committed.
/// </summary>
public sealed class TenantChanges
{
    private readonly ConcurrentDictionary<string, long> tenants = new(StringComparer.Ordinal);
    private long registry;
    private long everything;

    /// <summary>Raised after a version went up, with the tenant's name, or null for the registry.</summary>
    public event Action<string?>? Changed;

    /// <summary>Raised for a tenant this process changed: what the change feed tells the other processes.</summary>
    public event Action<string>? ChangedHere;

    /// <summary>Raised when this process changed the registry's rows: what the change feed tells the other processes.</summary>
    public event Action? RegistryChangedHere;

    /// <summary>
    /// Raised, before <see cref="Changed"/>, for a tenant another process changed (the change feed read it): files
    /// this process holds open, such as search indexes, may have moved on.
    /// </summary>
    public event Action<string>? ChangedElsewhere;

    public long Of(string tenant) => tenants.GetValueOrDefault(tenant);

    public long Registry => Interlocked.Read(ref registry);

    public long Everything => Interlocked.Read(ref everything);

    /// <summary>Called once the tenant's change is committed, so a reader that sees the new version sees the change.</summary>
    public void TenantChanged(string tenant)
    {
        Advance(tenant);
        ChangedHere?.Invoke(tenant);
    }

    /// <summary>Another process changed the tenant's database or files, and has committed.</summary>
    public void TenantChangedElsewhere(string tenant)
    {
        ChangedElsewhere?.Invoke(tenant);
        Advance(tenant);
    }

    private void Advance(string tenant)
    {
        tenants.AddOrUpdate(tenant, 1, (_, version) => version + 1);
        Interlocked.Increment(ref everything);
        Changed?.Invoke(tenant);
    }

    /// <summary>This process wrote the registry's rows.</summary>
    public void RegistryChanged()
    {
        RegistryReloaded();
        RegistryChangedHere?.Invoke();
    }

    /// <summary>A reload found rows another process wrote.</summary>
    public void RegistryReloaded()
    {
        Interlocked.Increment(ref registry);
        Interlocked.Increment(ref everything);
        Changed?.Invoke(null);
    }
}
