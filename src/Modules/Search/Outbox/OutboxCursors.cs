using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Search.Outbox;

/// <summary>
/// This node's cursor in each tenant's outbox, kept in the tenant's <c>SearchCursors</c> beside the other nodes', and the
/// deletion of the rows that every node seen within <see cref="SearchOptions.StaleNodeAfter"/> has applied.
/// </summary>
public sealed class OutboxCursors(SearchBacklog backlog, TenantDataPaths paths, IOptions<SearchOptions> options, TimeProvider clock)
{
    private const int DeleteBatch = 1000;

    /// <summary>This node's name in the cursor table.</summary>
    public string Node { get; } = options.Value.NodeName ?? DefaultNodeName(paths.Root);

    // Well within the stale limit, so that a node that is up but sees no changes is never taken for gone.
    private TimeSpan Refresh => options.Value.StaleNodeAfter / 4;

    /// <summary>
    /// The node's indexes of the tenant have applied every row up to <paramref name="cursor"/>: records it when it moved (or
    /// to show that the node is still there), then deletes the rows every node has applied.
    /// </summary>
    public async Task AppliedAsync(TenantDbContext db, string tenant, long cursor, CancellationToken cancellationToken)
    {
        backlog.Applied(tenant, cursor);
        var now = clock.GetUtcNow().UtcDateTime;
        var row = await db.Set<SearchCursor>().FindAsync([Node], cancellationToken);
        if (row is not null && row.Cursor == cursor && now - row.UpdatedUtc < Refresh)
        {
            return;
        }
        if (row is null)
        {
            db.Add(new SearchCursor { Node = Node, Cursor = cursor, UpdatedUtc = now });
        }
        else
        {
            (row.Cursor, row.UpdatedUtc) = (cursor, now);
        }
        await db.SaveChangesAsync(cancellationToken);
        await DeleteAppliedAsync(db, now, cancellationToken);
    }

    /// <summary>
    /// Whether rows past <paramref name="cursor"/> were deleted while this node was taken for gone, so that only a rebuild
    /// brings its indexes up to date. Asked after <see cref="AppliedAsync"/> recorded the cursor: no node deletes past it
    /// from then on, so nothing goes missing after the answer.
    /// </summary>
    public async Task<bool> MissedRowsAsync(TenantDbContext db, long cursor, CancellationToken cancellationToken)
    {
        var lowest = await db.Set<SearchTask>().MinAsync(t => (long?)t.Id, cancellationToken);
        return lowest > cursor + 1;
    }

    private async Task DeleteAppliedAsync(TenantDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        var since = now - options.Value.StaleNodeAfter;
        var recent = db.Set<SearchCursor>().Where(c => c.UpdatedUtc >= since);
        int deleted;
        do
        {
            // The lowest cursor is asked in each statement, so a node that records its cursor between two batches is
            // waited for; small batches keep each write transaction, which holds up the tenant's writers, short. The row at
            // the lowest cursor stays: the lowest remaining id shows a returning node where deleting stopped.
            deleted = await db.Set<SearchTask>().Where(t => t.Id < recent.Min(c => (long?)c.Cursor)).OrderBy(t => t.Id)
                .Take(DeleteBatch).ExecuteDeleteAsync(cancellationToken);
        }
        while (deleted == DeleteBatch);
    }

    // The data folder holds the node's indexes: two portals on one machine with their own data folders are two nodes.
    private static string DefaultNodeName(string dataPath) =>
        $"{Environment.MachineName}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(dataPath)))[..12]}";
}
