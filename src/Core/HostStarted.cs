using Microsoft.Extensions.Hosting;

namespace Verkostoportaali.Core;

/// <summary>For background services that must not compete with start-up for the CPU.</summary>
public static class HostStarted
{
    /// <summary>Completes once the server listens (at once if it already does); cancelled with <paramref name="stoppingToken"/>.</summary>
    public static async Task WhenStartedAsync(this IHostApplicationLifetime lifetime, CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(started.SetResult))
        {
            await started.Task.WaitAsync(stoppingToken);
        }
    }
}
