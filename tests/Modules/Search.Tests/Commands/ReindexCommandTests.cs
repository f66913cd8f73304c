using System.CommandLine;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Search.Commands;
using Verkostoportaali.Search.Indexes;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Search.Tests.Commands;

public sealed class ReindexCommandTests : OwnDataFolder
{
    [Fact]
    public async Task Reindex_rebuilds_every_site_whose_index_is_gone_and_draws_a_full_bar()
    {
        await using var host = PortalHost.OnDataFolder(DataPath, setupRecipe: "portal");
        var folders = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var site = await host.CreateSiteAsync();
            await host.AddPageAsync(site, "Kalastusretki", "<p>Kalastusretki Kuusamon järville.</p>", publish: true);
            Assert.Equal(1, (await DemoSearch.AskAsync(host, $"/{site.Name}/api/search?q=kalastus")).Total);
            folders.Add(host.Services.GetRequiredService<TenantIndexes>().Folder(site.Name, "fi"));
        }
        folders.ForEach(folder => System.IO.Directory.Delete(folder, recursive: true));

        var (exitCode, output) = await RunAsync(host, "reindex");

        Assert.Equal(0, exitCode);
        Assert.Matches(@"\[#{30}\] (\d+)/\1", output);
        Assert.All(folders, folder => Assert.Equal(1, DocumentsIn(folder)));
    }

    [Fact]
    public async Task Reindex_of_an_unknown_tenant_says_so_and_fails()
    {
        await using var host = PortalHost.OnDataFolder(DataPath, setupRecipe: "portal");

        var (exitCode, _) = await RunAsync(host, "reindex", "--tenant", "no-such-site");

        Assert.Equal(1, exitCode);
    }

    private static int DocumentsIn(string folder)
    {
        using var directory = FSDirectory.Open(folder);
        using var reader = DirectoryReader.Open(directory);
        return reader.NumDocs;
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(PortalHost host, params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var root = new RootCommand { ReindexCommand.Create(host.Services) };
        var exitCode = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString() + error);
    }
}
