using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Integration.Tests;

/// <summary>
/// Two nodes behind one address: one PostgreSQL database, and each node its own data folder with its own search
/// indexes and output cache. What one node does, the other serves within seconds: the change feed in the host schema
/// carries the signal, without Redis.
/// </summary>
public sealed class TwoNodesTests : IAsyncLifetime
{
    // The feed's own delay is at most a flush and a poll (0.75 s); the rest is slack for a busy test machine.
    private static readonly TimeSpan Promptly = TimeSpan.FromSeconds(5);

    private const string SiteRecipe = """
        { "name": "two-nodes", "steps": [
            { "name": "Features", "enable": ["Contents", "Search"] },
            { "name": "ContentDefinition", "types": [
                { "name": "Page", "label": { "fi": "Sivu", "sv": "Sida", "en": "Page" },
                  "parts": ["TitlePart", "BodyPart", "AutoroutePart"] } ] } ] }
        """;

    private readonly string folderA = Path.Combine(Path.GetTempPath(), "vp-node-a-" + Guid.NewGuid().ToString("N"));
    private readonly string folderB = Path.Combine(Path.GetTempPath(), "vp-node-b-" + Guid.NewGuid().ToString("N"));
    private PortalHost nodeA = null!;
    private PortalHost nodeB = null!;

    public async Task InitializeAsync()
    {
        var server = await PostgresServer.SharedAsync();
        var settings = PostgresServer.PortalSettings(await server.CreateDatabaseAsync("nodes"));
        nodeA = PortalHost.OnDataFolder(folderA, "portal", settings);
        await nodeA.InitializeAsync();
        nodeB = PortalHost.OnDataFolder(folderB, "portal", settings);
        await nodeB.InitializeAsync();
        // As a load balancer would: a node gets requests once it has checked (and built) its indexes after starting.
        foreach (var node in (PortalHost[])[nodeA, nodeB])
        {
            var client = node.CreateClient();
            await Eventually.TrueAsync(async () => (await client.GetAsync("/health/ready")).IsSuccessStatusCode, "a node ready");
        }
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)nodeB).DisposeAsync();
        await ((IAsyncLifetime)nodeA).DisposeAsync();
    }

    [Fact]
    public async Task A_site_created_and_an_item_published_on_one_node_are_served_and_found_on_the_other()
    {
        var visitorOfB = nodeB.CreateClient();
        var site = await nodeA.CreateSiteAsync(SiteRecipe);
        var served = await Eventually.TimedAsync(async () => (await visitorOfB.GetAsync($"/{site.Name}/api/content?type=Page")).StatusCode,
            status => status == HttpStatusCode.OK, Promptly);
        // B has now cached the site's empty list.
        var listBefore = await visitorOfB.GetFromJsonAsync<ContentPageRow>($"/{site.Name}/api/content?type=Page");

        await nodeA.AddPageAsync(site, "Kyläkaupan avajaiset", "<p>Kyläkauppa avaa ovensa lauantaina.</p>", publish: true);
        var listed = await Eventually.TimedAsync(() => visitorOfB.GetFromJsonAsync<ContentPageRow>($"/{site.Name}/api/content?type=Page"),
            list => list!.Total == 1, Promptly);
        var found = await Eventually.TimedAsync(() => TotalAsync(visitorOfB, $"/{site.Name}/api/search?q=kyl%C3%A4kauppa"),
            total => total > 0, Promptly);
        var page = await visitorOfB.GetStringAsync(listed.Value!.Items[0].Url);

        Assert.True(served.Value == HttpStatusCode.OK && served.Elapsed < Promptly, $"Site served by B after {served.Elapsed}: {served.Value}.");
        Assert.Equal(0, listBefore!.Total);
        Assert.True(listed.Elapsed < Promptly, $"Listed by B after {listed.Elapsed}.");
        Assert.True(found.Value > 0 && found.Elapsed < Promptly, $"Found by B's search after {found.Elapsed}: {found.Value}.");
        Assert.Contains("Kyläkaupan avajaiset", page, StringComparison.Ordinal);
    }

    private static async Task<int> TotalAsync(HttpClient client, string path)
    {
        using var results = JsonDocument.Parse(await client.GetStringAsync(path));
        return results.RootElement.GetProperty("total").GetInt32();
    }
}
