using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Search.Outbox;

/// <summary>
/// Writes an outbox row for every change to what the public sees, in the "-ing" events before the kernel's
/// SaveChanges, so that the row and the content change commit together; the "-ed" events wake the indexer.
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

    public Task UnpublishingAsync(ContentItem version, CancellationToken cancellationToken)
    {
        Add(version);
        return Task.CompletedTask;
    }

    public Task UnpublishedAsync(ContentItem version, CancellationToken cancellationToken) => PublishedAsync(version, cancellationToken);

    public Task RemovingAsync(ContentItem version, CancellationToken cancellationToken)
    {
        Add(version);
        return Task.CompletedTask;
    }

    public Task RemovedAsync(ContentItem version, CancellationToken cancellationToken) => PublishedAsync(version, cancellationToken);

    private void Add(ContentItem version) =>
        db.Set<SearchTask>().Add(new SearchTask { ContentItemId = version.ContentItemId, CreatedUtc = clock.GetUtcNow().UtcDateTime });
}
