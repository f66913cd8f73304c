using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;

namespace Verkostoportaali.Events;

/// <summary>Makes the views of a list's events in one go; their summaries then find them in <see cref="EventDetails"/>.</summary>
internal sealed class EventListPreparer(EventDetails details) : IContentListPreparer
{
    public Task PrepareAsync(IReadOnlyList<ContentItem> items, CancellationToken cancellationToken) =>
        details.ForAsync([.. items.Where(i => i.ContentType == EventCheck.EventType)], cancellationToken);
}
