using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Search.Outbox;

/// <summary>
/// Writes an outbox row for every change to what the public sees. Publishing adds its row before the kernel's
/// SaveChanges, so both commit together. Unpublishing and removing are raised only after the kernel saved, so
/// here the row is saved by a second SaveChanges: a crash between the two leaves a stale hit until the next
/// rebuild (a kernel "Unpublishing" event before SaveChanges would close that gap).
/// </summary>
internal sealed class SearchOutbox(TenantDbContext db, TenantContext tenant, SearchSignals signals, TimeProvider clock) : IContentHandler
{
    public Task PublishingAsync(ContentItem version, CancellationToken cancellationToken)
    {
        Add(version);
        return Task.CompletedTask;
    }

    public Task PublishedAsync(ContentItem version, CancellationToken cancellationToken)
    {
        signals.Changed(tenant.Tenant.Name);
        return Task.CompletedTask;
    }

    public Task UnpublishedAsync(ContentItem version, CancellationToken cancellationToken) => AddAndSaveAsync(version, cancellationToken);

    public Task RemovedAsync(ContentItem version, CancellationToken cancellationToken) => AddAndSaveAsync(version, cancellationToken);

    private void Add(ContentItem version) =>
        db.Set<SearchTask>().Add(new SearchTask { ContentItemId = version.ContentItemId, CreatedUtc = clock.GetUtcNow().UtcDateTime });

    private async Task AddAndSaveAsync(ContentItem version, CancellationToken cancellationToken)
    {
        Add(version);
        await db.SaveChangesAsync(cancellationToken);
        signals.Changed(tenant.Tenant.Name);
    }
}
