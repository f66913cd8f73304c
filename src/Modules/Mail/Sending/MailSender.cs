using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Verkostoportaali.Core;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Data;

namespace Verkostoportaali.Mail.Sending;

/// <summary>
/// Sends the outboxes' mail in the background: a tenant's at once when <see cref="MailSignal"/> says new mail committed
/// there, again when its earliest failed mail is due, and every running tenant's at each <see cref="MailOptions.Sweep"/>
/// (the first shortly after start-up), which finds mail left from before a restart or written by another process; a
/// sweep passes over a SQLite database nothing has written since the last, for up to an hour.
/// Mail written in a tenant is sent whether or not the tenant has the feature: dropping it would lose a committed mail.
/// </summary>
public sealed class MailSender(
    TenantRegistry registry, TenantScopes scopes, MailSignal signal, PortalDatabase database, TenantDataPaths paths,
    IHostApplicationLifetime lifetime, IOptions<MailOptions> options, TimeProvider clock, ILogger<MailSender> logger) : BackgroundService
{
    private readonly UnchangedDatabases unchanged = new(database, clock, TimeSpan.FromHours(1));

    // Not while the server starts: every tenant's database is opened (and upgraded) by the first sweep.
    private static readonly TimeSpan FirstSweepAfter = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await lifetime.WhenStartedAsync(stoppingToken);
        var nextSweep = clock.GetUtcNow() + FirstSweepAfter;
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            var due = new HashSet<string>(signal.DueRetries(now), StringComparer.Ordinal);
            while (signal.Signals.TryRead(out var name))
            {
                due.Add(name);
            }
            foreach (var name in due)
            {
                await SendAsync(name, stoppingToken);
            }
            if (now >= nextSweep)
            {
                nextSweep = now + options.Value.Sweep;
                foreach (var name in registry.All.Where(t => t.State == TenantState.Running && !due.Contains(t.Name)).Select(t => t.Name))
                {
                    await Task.Yield(); // A work item per site: SQLite's async calls finish synchronously, and sweeps starved requests.
                    await unchanged.VisitAsync(name, paths.ContentDatabase(name), () => SendAsync(name, stoppingToken));
                }
            }
            var next = signal.NextRetry is { } retry && retry < nextSweep ? retry : nextSweep;
            await WaitAsync(next - clock.GetUtcNow(), stoppingToken);
        }
    }

    /// <summary>Whether the tenant's due mail was sent, or its failures given their next try.</summary>
    private async Task<bool> SendAsync(string name, CancellationToken stoppingToken)
    {
        if (registry.Find(name) is not { State: TenantState.Running } tenant)
        {
            signal.RetryAt(name, null);
            return false;
        }
        try
        {
            await using var scope = scopes.Create(tenant);
            signal.RetryAt(name, await scope.ServiceProvider.GetRequiredService<OutboxDelivery>().SendDueAsync(stoppingToken));
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Sending the mail of tenant {Tenant} failed; it is tried again later.", name);
            signal.RetryAt(name, clock.GetUtcNow() + options.Value.FirstRetry);
            return false;
        }
    }

    private async Task WaitAsync(TimeSpan longest, CancellationToken stoppingToken)
    {
        if (longest <= TimeSpan.Zero)
        {
            return;
        }
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        wait.CancelAfter(longest);
        try
        {
            await signal.Signals.WaitToReadAsync(wait.Token);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // Nothing was signalled before the next retry or sweep.
        }
    }
}
