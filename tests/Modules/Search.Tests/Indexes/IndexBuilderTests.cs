using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Search.Analysis;
using Verkostoportaali.Search.Indexes;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Search.Tests.Indexes;

/// <summary>A portal started again on the same data folder rebuilds a tenant's index that is missing or was left unfinished.</summary>
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
