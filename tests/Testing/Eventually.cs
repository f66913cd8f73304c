namespace Verkostoportaali.Testing;

/// <summary>Waits for what a background service does: polls a condition until it holds, failing after a deadline.</summary>
public static class Eventually
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    public static async Task<T> ValueAsync<T>(Func<Task<T?>> probe, string what) where T : class
    {
        var until = DateTime.UtcNow + Deadline;
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"Waited {Deadline.TotalSeconds} s for: {what}.");
            }
            await Task.Delay(Poll);
        }
    }

    public static Task TrueAsync(Func<Task<bool>> condition, string what) =>
        ValueAsync<object>(async () => await condition() ? true : null, what);

    /// <summary>
    /// Asks every 100 ms until <paramref name="done"/> holds or twice <paramref name="promised"/> has passed, and tells
    /// the last answer and how long it took, for a test to hold against the promise (and report when it misses).
    /// </summary>
    public static async Task<(T Value, TimeSpan Elapsed)> TimedAsync<T>(Func<Task<T>> ask, Func<T, bool> done, TimeSpan promised)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        T value;
        while (!done(value = await ask()) && watch.Elapsed < promised * 2)
        {
            await Task.Delay(100);
        }
        return (value, watch.Elapsed);
    }
}
