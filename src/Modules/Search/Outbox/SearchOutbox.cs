using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Search.Outbox;

/// <summary>
/// Writes an outbox row for every change to what the public sees, in the "-ing" events before the kernel's
/// SaveChanges, so that the row and the content change commit together; the "-ed" events, after the SaveChanges
/// gave the rows their ids, put the tenant in the backlog and wake the indexer.
/// </summary>
internal sealed class SearchOutbox(TenantDbContext db, TenantContext tenant, SearchBacklog backlog, TimeProvider clock) : IContentHandler
{
    private readonly List<SearchTask> added = [];

    public Task PublishingAsync(ContentItem version, CancellationToken cancellationToken)
    {
        Add(version);
        return Task.CompletedTask;
    }

    public Task PublishedAsync(ContentItem version, CancellationToken cancellationToken)
    {
        if (added.Count > 0)
        {
            backlog.Changed(tenant.Tenant.Name, added.Max(t => t.Id));
            added.Clear();
        }
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

    public Task RewritingAsync(ContentItem version, CancellationToken cancellationToken)
    {
        Add(version);
        return Task.CompletedTask;
    }

    public Task RewrittenAsync(ContentItem version, CancellationToken cancellationToken) => PublishedAsync(version, cancellationToken);

    private void Add(ContentItem version)
    {
        var task = new SearchTask { ContentItemId = version.ContentItemId, CreatedUtc = clock.GetUtcNow().UtcDateTime };
        db.Set<SearchTask>().Add(task);
        added.Add(task);
    }
}
