namespace Verkostoportaali.Bench.Harness;

/// <summary>What stops a bench: its time limit, or Ctrl+C, which then ends it cleanly (data folders deleted) instead of killing it.</summary>
public static class BenchStop
{
    public static CancellationTokenSource After(TimeSpan limit)
    {
        var stop = new CancellationTokenSource(limit);
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        return stop;
    }
}
