using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Data;

namespace Verkostoportaali.Contents;

/// <summary>
/// A page of a list kept in memory (its rows' ids in order): the published versions with those row ids, read in one
/// compiled query. A version no longer published is left out, so a list cached a moment ago never shows a withdrawn item.
/// </summary>
public static class PublishedVersions
{
    private static readonly CompiledQuery<Func<TenantDbContext, int[], IAsyncEnumerable<ContentItem>>> WithRowIds = new(() =>
        EF.CompileAsyncQuery((TenantDbContext db, int[] ids) => db.ContentItems.AsNoTracking().Where(i => i.Published && ids.Contains(i.Id))));

    public static async Task<IReadOnlyList<ContentItem>> InOrderAsync(TenantDbContext db, IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        var found = new Dictionary<int, ContentItem>(ids.Count);
        await foreach (var item in WithRowIds.For(db)(db, [.. ids]).WithCancellation(cancellationToken))
        {
            found[item.Id] = item;
        }
        return [.. ids.Where(found.ContainsKey).Select(id => found[id])];
    }
}
