using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Search.Analysis;
using Verkostoportaali.Search.Indexes;
using Verkostoportaali.Search.Outbox;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Search.Tests.Indexes;

/// <summary>
/// A portal started again on the same data folder rebuilds a tenant's index that is missing, was left unfinished or is
/// behind outbox rows that were deleted while it was away.
/// </summary>
public sealed class IndexBuilderTests : OwnDataFolder
{
    private const string Query = "/api/search?q=kalastusretkiä";

    [Fact]
    public async Task A_deleted_index_folder_is_rebuilt_at_the_next_start()
    {
        var (tenant, finnishFolder) = await IndexOnePageAsync();
        System.IO.Directory.Delete(Path.GetDirectoryName(finnishFolder)!, recursive: true);

        await using var restarted = PortalHost.OnDataFolder(DataPath, setupRecipe: "");
        var results = await DemoSearch.AskAsync(restarted, $"/{tenant}{Query}");

        Assert.Equal(1, results.Total);
    }

    [Fact]
    public async Task An_index_committed_without_the_complete_flag_is_rebuilt_at_the_next_start()
    {
        var (tenant, finnishFolder) = await IndexOnePageAsync();
        // What a reindex killed half way leaves: an emptied index, committed with its cursor but not marked complete,
        // so catching up from the cursor alone would never bring the page back.
        using (var directory = FSDirectory.Open(finnishFolder))
        {
            var cursor = DirectoryReader.ListCommits(directory)[^1].UserData["outbox-cursor"];
            using var writer = new IndexWriter(directory, new IndexWriterConfig(SearchAnalyzers.Version, null) { OpenMode = OpenMode.CREATE });
            writer.SetCommitData(new Dictionary<string, string> { ["outbox-cursor"] = cursor });
            writer.Commit();
        }

        await using var restarted = PortalHost.OnDataFolder(DataPath, setupRecipe: "");
        var results = await DemoSearch.AskAsync(restarted, $"/{tenant}{Query}");

        Assert.Equal(1, results.Total);
    }

    [Fact]
    public async Task A_node_that_comes_back_behind_deleted_outbox_rows_rebuilds_and_finds_every_change()
    {
        // No periodic check: the first portal does not look at the changes it is not told of, as a node that is away.
        var settings = new Dictionary<string, string> { ["Portal:Search:OutboxCheck"] = "00:00:00" };
        string tenant;
        await using (var first = PortalHost.OnDataFolder(DataPath, "portal", settings))
        {
            var site = await first.CreateSiteAsync();
            var lake = await first.AddPageAsync(site, "Kalastusretki", "<p>Kalastusretki Kuusamon järville.</p>", publish: true);
            var stable = await first.AddPageAsync(site, "Ratsastus", "<p>Ratsastusta metsässä.</p>", publish: true);
            await first.Services.GetRequiredService<IndexBuilder>().EnsureAsync(site, CancellationToken.None);
            // The node goes away: held until it stops, the index's write lock keeps its worker (the start-up pass, the
            // pages' signals) from applying the other node's rows before they are deleted.
            await first.Services.GetRequiredService<TenantIndexes>().WriteLock(site.Name).WaitAsync();
            await ChangeOnAnotherNodeAsync(first, site, (lake, "<p>Hevostila Sotkamossa.</p>"), (stable, "<p>Kanala Kuhmossa.</p>"));
            tenant = site.Name;
        }

        await using var restarted = PortalHost.OnDataFolder(DataPath, setupRecipe: "", settings);
        var deletedChange = await DemoSearch.AskAsync(restarted, $"/{tenant}/api/search?q=hevostila");
        var keptChange = await DemoSearch.AskAsync(restarted, $"/{tenant}/api/search?q=kanala");

        Assert.Equal(1, deletedChange.Total);
        Assert.Equal(1, keptChange.Total);
        Assert.Contains(restarted.Log.Messages, m => m.Contains($"search index of tenant {tenant} had not applied were deleted", StringComparison.Ordinal));
    }

    /// <summary>
    /// What another node sharing the database does while this one is away: it changes each page with an outbox row,
    /// applies them, and deletes the rows it applied, this node's cursor having gone stale. The first change's row is
    /// deleted; the last one's stays, so catching up alone would find only the second change.
    /// </summary>
    private static async Task ChangeOnAnotherNodeAsync(PortalHost host, Tenant site, params (ContentItem Page, string Html)[] changes)
    {
        await using var scope = host.Services.GetRequiredService<TenantScopes>().Create(site);
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        foreach (var (page, html) in changes)
        {
            var published = await db.ContentItems.SingleAsync(i => i.ContentItemId == page.ContentItemId && i.Published);
            published.Apply(new BodyPart(html));
            db.Add(new SearchTask { ContentItemId = page.ContentItemId });
            await db.SaveChangesAsync();
        }
        var last = await db.Set<SearchTask>().MaxAsync(t => t.Id);
        var now = DateTime.UtcNow;
        db.Add(new SearchCursor { Node = "toinen-solmu", Cursor = last, UpdatedUtc = now });
        var node = host.Services.GetRequiredService<OutboxCursors>().Node;
        (await db.Set<SearchCursor>().SingleAsync(c => c.Node == node)).UpdatedUtc = now - TimeSpan.FromDays(8);
        await db.SaveChangesAsync();
        await db.Set<SearchTask>().Where(t => t.Id < last).ExecuteDeleteAsync();
    }

    /// <summary>Starts a portal, makes a site with one page, waits until search finds it, and stops the portal.</summary>
    private async Task<(string Tenant, string FinnishFolder)> IndexOnePageAsync()
    {
        await using var first = PortalHost.OnDataFolder(DataPath, setupRecipe: "portal");
        var tenant = await first.CreateSiteAsync();
        await first.AddPageAsync(tenant, "Kalastusretki", "<p>Kalastusretki Kuusamon järville.</p>", publish: true);
        var found = await DemoSearch.AskAsync(first, $"/{tenant.Name}{Query}");
        Assert.Equal(1, found.Total);
        return (tenant.Name, first.Services.GetRequiredService<TenantIndexes>().Folder(tenant.Name, "fi"));
    }
}
