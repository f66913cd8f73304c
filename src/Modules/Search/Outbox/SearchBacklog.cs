using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Verkostoportaali.Search.Outbox;

/// <summary>
/// The tenants whose outbox has rows this node's indexes have not applied yet, with the highest row known of each,
/// so that the index worker looks at those tenants only; a change wakes the worker at once, one made by another
/// process on the same data folder too (the change feed rechecks the tenant).
/// </summary>
public sealed class SearchBacklog
{
    private readonly ConcurrentDictionary<string, long> pending = new(StringComparer.Ordinal);
    private bool checkedEveryTenant;
    private readonly Channel<string> signals = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>The tenant's outbox has rows up to <paramref name="lastRow"/>.</summary>
    public void Changed(string tenant, long lastRow)
    {
        pending.AddOrUpdate(tenant, lastRow, (_, known) => Math.Max(known, lastRow));
        signals.Writer.TryWrite(tenant);
    }

    /// <summary>The worker should look at the tenant again: a search found its index missing, or indexing it failed.</summary>
    public void Recheck(string tenant)
    {
        // Signalled once until the worker has been there: searches of a missing index must not flood the channel.
        if (pending.TryAdd(tenant, 0))
        {
            signals.Writer.TryWrite(tenant);
        }
    }

    /// <summary>The tenant's indexes have applied every row up to <paramref name="cursor"/>.</summary>
    public void Applied(string tenant, long cursor)
    {
        // Removed only if unchanged: a row written during the catch-up keeps the tenant pending.
        if (pending.TryGetValue(tenant, out var known) && known <= cursor)
        {
            pending.TryRemove(KeyValuePair.Create(tenant, known));
        }
    }

    /// <summary>The tenant is no longer searched (disabled, removed, search switched off).</summary>
    public void Forget(string tenant) => pending.TryRemove(tenant, out _);

    public IReadOnlyCollection<string> Pending => [.. pending.Keys];

    /// <summary>Whether the worker has looked at every tenant's indexes once since this node started (built what was missing).</summary>
    public bool CheckedEveryTenant => Volatile.Read(ref checkedEveryTenant);

    internal void EveryTenantChecked() => Volatile.Write(ref checkedEveryTenant, true);

    internal ChannelReader<string> Signals => signals.Reader;
}
