using Microsoft.AspNetCore.Http;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;

namespace Verkostoportaali.Events;

/// <summary>
/// Makes the views of a list's events in one go; their summaries then find them in <see cref="EventDetails"/>. An
/// event whose summary is kept needs no view, so a list whose summaries are all kept reads nothing.
/// </summary>
internal sealed class EventListPreparer(EventDetails details, SummaryCache summaries, IHttpContextAccessor http) : IContentListPreparer
{
    public Task PrepareAsync(IReadOnlyList<ContentItem> items, CancellationToken cancellationToken)
    {
        var kept = http.HttpContext is { } request ? summaries.For(request) : default;
        return details.ForAsync([.. items.Where(i => i.ContentType == EventCheck.EventType && !kept.HoldsSummary(i))], cancellationToken);
    }
}
