using System.Net;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Verkostoportaali.Users.Security;

/// <summary><c>Portal:LoginThrottle</c>: when failed logins start to cost time.</summary>
public sealed class LoginThrottleOptions
{
    public const string Section = "Portal:LoginThrottle";

    /// <summary>Failures from one address for one user name before that pair waits between attempts.</summary>
    public int FreeAttemptsPerAddress { get; set; } = 5;

    /// <summary>The longest wait of one address for one user name; the wait doubles from one second up to it.</summary>
    public TimeSpan MaxWait { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Failures for one user name from all addresses before each answer for it is slowed down.</summary>
    public int FreeAttemptsPerAccount { get; set; } = 10;

    /// <summary>The longest slow-down of an answer for a user name under attack; it never refuses the right password.</summary>
    public TimeSpan MaxSlowDown { get; set; } = TimeSpan.FromSeconds(3);
}

/// <summary>
/// Growing delays after failed logins instead of Identity's lockout, which let anyone lock any account, the last
/// Administrator too, for 15 minutes with five guesses. One address guessing one user name waits longer and longer
/// between attempts; many addresses guessing one user name only slow down every answer for it, so the owner still gets
/// in with the right password. Keyed by the name typed, whether or not the account exists, so the answers reveal
/// nothing. Kept in this node's memory: a node that restarts forgets, and each node counts its own attempts.
/// </summary>
public sealed class LoginThrottle(IOptions<LoginThrottleOptions> options, TimeProvider clock) : IDisposable
{
    private static readonly TimeSpan Forget = TimeSpan.FromHours(1);

    // Bounded: user names are whatever an attacker types; the address rate limit slows filling it.
    private readonly MemoryCache failures = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    /// <summary>How long this address must still wait before trying this user name again; zero when it may try now.</summary>
    public TimeSpan WaitBefore(string tenant, string userName, IPAddress? address)
    {
        var pair = Find(PairKey(tenant, userName, address));
        return pair is null ? TimeSpan.Zero : Max(TimeSpan.Zero, pair.NotBefore - clock.GetUtcNow());
    }

    /// <summary>How long to hold the answer to an attempt on this user name, growing with its failures from anywhere.</summary>
    public TimeSpan SlowDown(string tenant, string userName)
    {
        var over = (Find(AccountKey(tenant, userName))?.Count ?? 0) - options.Value.FreeAttemptsPerAccount;
        return over < 0 ? TimeSpan.Zero : Min(TimeSpan.FromMilliseconds(100 * Math.Pow(2, Math.Min(over, 20))), options.Value.MaxSlowDown);
    }

    public void Failed(string tenant, string userName, IPAddress? address)
    {
        var now = clock.GetUtcNow();
        Count(AccountKey(tenant, userName), _ => now);
        Count(PairKey(tenant, userName, address), count =>
        {
            var over = count - options.Value.FreeAttemptsPerAddress;
            return over < 0 ? now : now + Min(TimeSpan.FromSeconds(Math.Pow(2, Math.Min(over, 20))), options.Value.MaxWait);
        });
    }

    /// <summary>The right password from this address: its waits start over; the user name's count from elsewhere stays.</summary>
    public void Succeeded(string tenant, string userName, IPAddress? address) => failures.Remove(PairKey(tenant, userName, address));

    public void Dispose() => failures.Dispose();

    private Failures? Find(string key) => failures.TryGetValue(key, out Failures? found) ? found : null;

    private void Count(string key, Func<int, DateTimeOffset> notBefore)
    {
        var entry = failures.GetOrCreate(key, e =>
        {
            e.Size = 1;
            e.SlidingExpiration = Forget;
            return new Failures();
        })!;
        lock (entry)
        {
            entry.Count++;
            entry.NotBefore = notBefore(entry.Count);
        }
    }

    private static string AccountKey(string tenant, string userName) => $"{tenant}|{userName.ToUpperInvariant()}";

    private static string PairKey(string tenant, string userName, IPAddress? address) => $"{AccountKey(tenant, userName)}|{address}";

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private sealed class Failures
    {
        public int Count;
        public DateTimeOffset NotBefore;
    }
}
