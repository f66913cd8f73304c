using Verkostoportaali.Core.Audit;
using Verkostoportaali.Core.Content;

namespace Verkostoportaali.AuditTrail;

/// <summary>Records content changes in the "-ing" events, so that each entry is saved in its change's own SaveChanges.</summary>
internal sealed class ContentAudit(IAuditLog audit) : IContentHandler
{
    public const string Created = "Created";
    public const string Published = "Published";
    public const string Unpublished = "Unpublished";
    public const string Removed = "Removed";

    public Task CreatingAsync(ContentItem version, CancellationToken cancellationToken) => RecordAsync(Created, version);

    public Task PublishingAsync(ContentItem version, CancellationToken cancellationToken) => RecordAsync(Published, version);

    public Task UnpublishingAsync(ContentItem version, CancellationToken cancellationToken) => RecordAsync(Unpublished, version);

    public Task RemovingAsync(ContentItem version, CancellationToken cancellationToken) => RecordAsync(Removed, version);

    private Task RecordAsync(string action, ContentItem version)
    {
        audit.Add(new AuditEvent(action, version.ContentType, version.ContentItemId, version.DisplayText));
        return Task.CompletedTask;
    }
}
