using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Search.Indexes;
using Verkostoportaali.Search.Outbox;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Search.Tests.Outbox;

/// <summary>
/// Applied outbox rows are deleted once every node seen recently has applied them. A catch-up is run by the test
/// itself: it waits for the worker's (one writer per tenant), so what it leaves is what the test reads.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class OutboxCursorsTests(PortalHost host)
{
    private const string OtherNode = "toinen-solmu";

    private string Node => host.Services.GetRequiredService<OutboxCursors>().Node;

    private DateTime Now => host.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;

    [Fact]
    public async Task Rows_this_node_has_applied_are_deleted_but_the_last_which_marks_where_deleting_stopped()
    {
        var site = await host.CreateSiteAsync();
        await AddPagesAsync(site, "Kylätalo", "Kyläkauppa", "Kyläjuhla");

        await CatchUpAsync(site);
        var left = await RowIdsAsync(site);
        var cursor = await CursorAsync(site, Node);

        Assert.Equal([cursor], left);
        Assert.True(cursor >= 3, $"The cursor {cursor} is not past the three pages' rows.");
    }

    [Fact]
    public async Task Rows_past_the_cursor_of_another_node_seen_recently_stay()
    {
        var site = await host.CreateSiteAsync();
        await AddPagesAsync(site, "Kylätalo");
        await CatchUpAsync(site);
        var behind = await CursorAsync(site, Node);
        await SetCursorAsync(site, OtherNode, behind, Now);
        await AddPagesAsync(site, "Kyläkauppa", "Kyläjuhla");

        await CatchUpAsync(site);
        var left = await RowIdsAsync(site);
        var cursor = await CursorAsync(site, Node);

        Assert.True(cursor > behind, $"This node's cursor {cursor} did not pass the other node's {behind}.");
        Assert.Equal(Ids(behind, cursor), left);
    }

    [Fact]
    public async Task A_node_not_seen_within_the_stale_limit_does_not_hold_up_deleting()
    {
        var site = await host.CreateSiteAsync();
        await SetCursorAsync(site, OtherNode, 0, Now - TimeSpan.FromDays(8));
        await AddPagesAsync(site, "Kylätalo", "Kyläkauppa");

        await CatchUpAsync(site);
        var left = await RowIdsAsync(site);
        var cursor = await CursorAsync(site, Node);

        Assert.Equal([cursor], left);
    }

    private async Task AddPagesAsync(Tenant site, params string[] titles)
    {
        foreach (var title in titles)
        {
            await host.AddPageAsync(site, title, $"<p>{title} on avoinna.</p>", publish: true);
        }
    }

    private Task CatchUpAsync(Tenant site) => host.Services.GetRequiredService<IndexBuilder>().EnsureAsync(site, CancellationToken.None);

    private Task<List<long>> RowIdsAsync(Tenant site) =>
        host.InTenantAsync<TenantDbContext, List<long>>(site, db => db.Set<SearchTask>().Select(t => t.Id).OrderBy(id => id).ToListAsync());

    private Task<long> CursorAsync(Tenant site, string node) =>
        host.InTenantAsync<TenantDbContext, long>(site, db => db.Set<SearchCursor>().Where(c => c.Node == node).Select(c => c.Cursor).SingleAsync());

    // What another node sharing the database writes when it records its cursor.
    private Task SetCursorAsync(Tenant site, string node, long cursor, DateTime updatedUtc) =>
        host.InTenantAsync<TenantDbContext, int>(site, db =>
        {
            db.Add(new SearchCursor { Node = node, Cursor = cursor, UpdatedUtc = updatedUtc });
            return db.SaveChangesAsync();
        });

    private static List<long> Ids(long first, long last) => [.. Enumerable.Range(0, (int)(last - first + 1)).Select(i => first + i)];
}
