using System.Collections.Concurrent;
using System.Threading.Channels;
using Verkostoportaali.Data;

namespace Verkostoportaali.Mail.Sending;

/// <summary>
/// Wakes the sender for a tenant as soon as a mail added there has committed: the outbox says a tenant expects mail,
/// and the tenant's next committed write (<see cref="TenantChanges"/>, raised after the commit) sends the signal. It also
/// remembers when each tenant's earliest failed mail is due again. A mail whose commit races another commit of the same
/// tenant may miss its signal; the sender's sweep finds it.
/// </summary>
public sealed class MailSignal : IDisposable
{
    private readonly ConcurrentDictionary<string, byte> expected = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> retries = new(StringComparer.Ordinal);
    private readonly Channel<string> signals = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TenantChanges changes;

    public MailSignal(TenantChanges changes)
    {
        this.changes = changes;
        changes.Changed += Committed;
        // A mail another process queued (an ops command's invitation) is looked at as soon as the change feed tells.
        changes.ChangedElsewhere += Wake;
    }

    /// <summary>A mail was added to the tenant's unit of work; it is sent after the tenant's next commit.</summary>
    public void Expect(string tenant) => expected.TryAdd(tenant, 0);

    /// <summary>The tenant has mail to look at now (a mail saved outside the usual write signal, or a test).</summary>
    public void Wake(string tenant) => signals.Writer.TryWrite(tenant);

    /// <summary>The tenant's earliest unsent mail is due at <paramref name="due"/>; null when it has none.</summary>
    public void RetryAt(string tenant, DateTimeOffset? due)
    {
        if (due is { } when)
        {
            retries[tenant] = when;
        }
        else
        {
            retries.TryRemove(tenant, out _);
        }
    }

    /// <summary>When the earliest retry of any tenant is due.</summary>
    public DateTimeOffset? NextRetry => retries.IsEmpty ? null : retries.Values.Min();

    /// <summary>The tenants whose retries are due by <paramref name="now"/>.</summary>
    public IEnumerable<string> DueRetries(DateTimeOffset now) => retries.Where(r => r.Value <= now).Select(r => r.Key);

    internal ChannelReader<string> Signals => signals.Reader;

    private void Committed(string? tenant)
    {
        if (tenant is not null && expected.TryRemove(tenant, out _))
        {
            signals.Writer.TryWrite(tenant);
        }
    }

    public void Dispose()
    {
        changes.Changed -= Committed;
        changes.ChangedElsewhere -= Wake;
    }
}
