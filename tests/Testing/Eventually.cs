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
}
