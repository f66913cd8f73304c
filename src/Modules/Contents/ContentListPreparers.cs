using Verkostoportaali.Core.Content;

namespace Verkostoportaali.Contents;

/// <summary>
/// Reads at once what the summaries of a mixed list need (an event's organiser, say), which a module would otherwise
/// read item by item while the list renders. A page that lists items of any type calls <see cref="ContentListPreparation.PrepareAsync"/>.
/// </summary>
public interface IContentListPreparer
{
    Task PrepareAsync(IReadOnlyList<ContentItem> items, CancellationToken cancellationToken);
}

public static class ContentListPreparation
{
    public static async Task PrepareAsync(this IEnumerable<IContentListPreparer> preparers, IReadOnlyList<ContentItem> items,
        CancellationToken cancellationToken)
    {
        foreach (var preparer in preparers)
        {
            await preparer.PrepareAsync(items, cancellationToken);
        }
    }
}
