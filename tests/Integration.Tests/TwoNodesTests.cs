using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Integration.Tests;

/// <summary>
/// Two nodes behind one address: one PostgreSQL database, and each node its own data folder with its own search
/// indexes and output cache. What one node does, the other serves within seconds: the change feed in the host schema
/// carries the signal, without Redis.
/// </summary>
public sealed class TwoNodesTests : IAsyncLifetime
{
    private readonly TwoNodes nodes = new();

    public Task InitializeAsync() => nodes.StartAsync(new Dictionary<string, string>());

    public Task DisposeAsync() => nodes.DisposeAsync().AsTask();

    [Fact]
    public async Task A_site_created_and_an_item_published_on_one_node_are_served_and_found_on_the_other()
    {
        var visitorOfB = nodes.B.CreateClient();
        var site = await nodes.A.CreateSiteAsync(TwoNodes.SiteRecipe);
        var served = await nodes.ServedByBAsync(site.Name);
        // B has now cached the site's empty list.
        var listBefore = await visitorOfB.GetFromJsonAsync<ContentPageRow>($"/{site.Name}/api/content?type=Page");

        await nodes.A.AddPageAsync(site, "Kyläkaupan avajaiset", "<p>Kyläkauppa avaa ovensa lauantaina.</p>", publish: true);
        var listed = await nodes.ListedByBAsync(site.Name, 1, TwoNodes.Promptly);
        var found = await Eventually.TimedAsync(() => TotalAsync(visitorOfB, $"/{site.Name}/api/search?q=kyl%C3%A4kauppa"),
            total => total > 0, TwoNodes.Promptly);
        var page = await visitorOfB.GetStringAsync(listed.Value.Items[0].Url);

        Assert.True(served.Value == HttpStatusCode.OK && served.Elapsed < TwoNodes.Promptly, $"Site served by B after {served.Elapsed}: {served.Value}.");
        Assert.Equal(0, listBefore!.Total);
        Assert.True(listed.Elapsed < TwoNodes.Promptly, $"Listed by B after {listed.Elapsed}.");
        Assert.True(found.Value > 0 && found.Elapsed < TwoNodes.Promptly, $"Found by B's search after {found.Elapsed}: {found.Value}.");
        Assert.Contains("Kyläkaupan avajaiset", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_change_on_one_node_reaches_the_summaries_the_other_node_has_kept()
    {
        var visitorOfB = nodes.B.CreateClient();
        var site = await nodes.A.CreateSiteAsync(TwoNodes.SiteRecipe);
        await nodes.ServedByBAsync(site.Name);
        await nodes.A.AddPageAsync(site, "Kyläkaupan avajaiset", "<p>Kyläkauppa avaa ovensa lauantaina.</p>", publish: true);
        await nodes.ListedByBAsync(site.Name, 1, TwoNodes.Promptly);
        var homeBefore = await visitorOfB.GetStringAsync($"/{site.Name}/");

        await nodes.A.InTenantAsync<ContentDefinitionStore, bool>(site, async types =>
        {
            await types.SaveAsync((await types.FindAsync("Page"))! with { Label = new LocalizedText("Tiedote") });
            return true;
        });
        var home = await Eventually.TimedAsync(() => visitorOfB.GetStringAsync($"/{site.Name}/"),
            page => page.Contains(NewLabel, StringComparison.Ordinal), TwoNodes.Promptly);

        Assert.Contains("Kyläkaupan avajaiset", homeBefore, StringComparison.Ordinal);
        Assert.DoesNotContain(NewLabel, homeBefore, StringComparison.Ordinal);
        Assert.True(home.Elapsed < TwoNodes.Promptly, $"B's site home showed the type's new name after {home.Elapsed}.");
    }

    private const string NewLabel = "<p class=\"content-type\">Tiedote</p>";

    private static async Task<int> TotalAsync(HttpClient client, string path)
    {
        using var results = JsonDocument.Parse(await client.GetStringAsync(path));
        return results.RootElement.GetProperty("total").GetInt32();
    }
}

/// <summary>
/// The two nodes with Redis: an announcement carries a change at once, though the nodes poll the feed only every ten
/// minutes here; with Redis stopped both nodes keep serving and go back to polling the feed in the database.
/// </summary>
public sealed class TwoNodesWithRedisTests : IAsyncLifetime
{
    // Within this a change can only have come through Redis: the feed is polled every ten minutes while Redis is up.
    private static readonly TimeSpan PollWithRedis = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan FallbackPromised = TimeSpan.FromSeconds(30);

    private readonly TwoNodes nodes = new();
    private RedisServer redis = null!;

    public async Task InitializeAsync()
    {
        redis = await RedisServer.StartAsync();
        await nodes.StartAsync(new Dictionary<string, string>
        {
            ["ConnectionStrings:Redis"] = redis.ConnectionString,
            ["Portal:ChangeFeed:PollWithRedis"] = PollWithRedis.ToString(),
        });
    }

    public async Task DisposeAsync()
    {
        await nodes.DisposeAsync();
        await redis.DisposeAsync();
    }

    [Fact]
    public async Task Redis_carries_a_publish_at_once_and_without_it_the_nodes_serve_on_and_hear_the_database()
    {
        var site = await nodes.A.CreateSiteAsync(TwoNodes.SiteRecipe);
        var visitorOfB = nodes.B.CreateClient();
        var served = await nodes.ServedByBAsync(site.Name);

        await nodes.A.AddPageAsync(site, "Kylätalon talkoot", "<p>Talkoot lauantaina.</p>", publish: true);
        var throughRedis = await nodes.ListedByBAsync(site.Name, 1, TwoNodes.Promptly);
        await redis.StopAsync();
        await nodes.A.AddPageAsync(site, "Kylätalon joulumyyjäiset", "<p>Myyjäiset sunnuntaina.</p>", publish: true);
        var throughDatabase = await nodes.ListedByBAsync(site.Name, 2, FallbackPromised);
        var homeOfB = await visitorOfB.GetAsync($"/{site.Name}/");

        Assert.Equal(HttpStatusCode.OK, served.Value);
        Assert.True(throughRedis.Value.Total == 1 && throughRedis.Elapsed < TwoNodes.Promptly, $"B listed {throughRedis.Value.Total} after {throughRedis.Elapsed}.");
        Assert.True(throughDatabase.Value.Total == 2 && throughDatabase.Elapsed < FallbackPromised,
            $"Without Redis B listed {throughDatabase.Value.Total} after {throughDatabase.Elapsed}.");
        Assert.Equal(HttpStatusCode.OK, homeOfB.StatusCode);
    }
}

/// <summary>Two portal hosts on one PostgreSQL database, each with a data folder of its own, ready as a load balancer would ask.</summary>
internal sealed class TwoNodes : IAsyncDisposable
{
    // The feed's own delay is at most a flush and a poll (0.75 s); the rest is slack for a busy test machine.
    public static readonly TimeSpan Promptly = TimeSpan.FromSeconds(5);

    public const string SiteRecipe = """
        { "name": "two-nodes", "steps": [
            { "name": "Features", "enable": ["Contents", "Search"] },
            { "name": "ContentDefinition", "types": [
                { "name": "Page", "label": { "fi": "Sivu", "sv": "Sida", "en": "Page" },
                  "parts": ["TitlePart", "BodyPart", "AutoroutePart"] } ] } ] }
        """;

    public PortalHost A { get; private set; } = null!;

    public PortalHost B { get; private set; } = null!;

    public async Task StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var server = await PostgresServer.SharedAsync();
        var all = new Dictionary<string, string>(settings);
        foreach (var (key, value) in PostgresServer.PortalSettings(await server.CreateDatabaseAsync("nodes")))
        {
            all[key] = value;
        }
        A = PortalHost.OnDataFolder(Folder("a"), "portal", all);
        await A.InitializeAsync();
        B = PortalHost.OnDataFolder(Folder("b"), "portal", all);
        await B.InitializeAsync();
        // As a load balancer would: a node gets requests once it has checked (and built) its indexes after starting.
        foreach (var node in (PortalHost[])[A, B])
        {
            var client = node.CreateClient();
            await Eventually.TrueAsync(async () => (await client.GetAsync("/health/ready")).IsSuccessStatusCode, "a node ready");
        }
    }

    /// <summary>How B answers for the site's pages once it answers 200 (it knows the site A made), and how long that took.</summary>
    public Task<(HttpStatusCode Value, TimeSpan Elapsed)> ServedByBAsync(string site)
    {
        var client = B.CreateClient();
        return Eventually.TimedAsync(async () => (await client.GetAsync($"/{site}/api/content?type=Page")).StatusCode,
            status => status == HttpStatusCode.OK, Promptly);
    }

    /// <summary>B's list of the site's pages (a cached answer) until it has <paramref name="count"/> items, and how long that took.</summary>
    public Task<(ContentPageRow Value, TimeSpan Elapsed)> ListedByBAsync(string site, int count, TimeSpan promised)
    {
        var client = B.CreateClient();
        return Eventually.TimedAsync(async () => (await client.GetFromJsonAsync<ContentPageRow>($"/{site}/api/content?type=Page"))!,
            list => list.Total == count, promised);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in (PortalHost?[])[B, A])
        {
            if (node is not null)
            {
                await ((IAsyncLifetime)node).DisposeAsync();
            }
        }
    }

    private static string Folder(string node) => Path.Combine(Path.GetTempPath(), $"vp-node-{node}-" + Guid.NewGuid().ToString("N"));
}
