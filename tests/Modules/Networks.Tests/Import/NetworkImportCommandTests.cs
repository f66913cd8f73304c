using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Networks.Import;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Networks.Tests.Import;

[Collection(PortalCollection.Name)]
public sealed class NetworkImportCommandTests(PortalHost host)
{
    private static string Seed(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    [Fact]
    public async Task Import_of_seed_004_creates_its_three_networks_with_contacts_and_again_changes_nothing()
    {
        var site = await NetworkSite.CreateAsync(host);

        var first = await ImportAsync(site, "--publish", Seed("004_fb2ed6bd087a104a.txt"));
        var versions = await VersionsAsync(site);
        var again = await ImportAsync(site, "--publish", Seed("004_fb2ed6bd087a104a.txt"));

        Assert.Equal(0, first.ExitCode);
        Assert.EndsWith("created 3, updated 0, unchanged 0, conflicts 0, warnings 0, failed 0.\n", first.Output, StringComparison.Ordinal);
        Assert.EndsWith("created 0, updated 0, unchanged 3, conflicts 0, warnings 0, failed 0.\n", again.Output, StringComparison.Ordinal);
        Assert.Equal(versions, await VersionsAsync(site));
        var networks = await NetworksAsync(site);
        Assert.Equal(["Kyläverkosto", "Yhistykset yhessä", "Hyvinvointipäivä", "Tiijätkö mitä?"], networks.Select(n => n.DisplayText));
        Assert.All(networks, n => Assert.True(n.Published));
        Assert.Equal(["Esko Seppä", "Merja Karjalainen", "Eija Kemppainen"],
            networks.Skip(1).Select(n => Assert.Single(n.Get<ContactsPart>()!.People).Name));
        Assert.Equal("Suomussalmi", networks[1].Get<NetworkPart>()!.AreaOfOperation);
    }

    [Fact]
    public async Task Swedish_listing_creates_swedish_networks_beside_the_finnish_ones_and_again_changes_nothing()
    {
        var site = await NetworkSite.CreateAsync(host);
        await site.CreateNetworkAsync("Föreningar tillsammans", new NetworkPart { AreaOfOperation = "Kuhmo" });

        var first = await ImportAsync(site, "--publish", Seed("fria-natverk-sv.txt"));
        var again = await ImportAsync(site, "--publish", Seed("fria-natverk-sv.txt"));

        Assert.EndsWith("created 2, updated 0, unchanged 0, conflicts 0, warnings 0, failed 0.\n", first.Output, StringComparison.Ordinal);
        Assert.EndsWith("created 0, updated 0, unchanged 2, conflicts 0, warnings 0, failed 0.\n", again.Output, StringComparison.Ordinal);
        var swedish = (await NetworksAsync(site)).Where(n => n.Culture == "sv").ToList();
        Assert.Equal(["Föreningar tillsammans", "Byarnas kulturdag"], swedish.Select(n => n.DisplayText));
        Assert.All(swedish, n => Assert.True(n.Published));
        Assert.Equal(("Kristinestad", "Anna Lindqvist"),
            (swedish[0].Get<NetworkPart>()!.AreaOfOperation, Assert.Single(swedish[0].Get<ContactsPart>()!.People).Name));
        Assert.Equal("Kuhmo", Assert.Single(await NetworksAsync(site), n => n.DisplayText == "Föreningar tillsammans" && n.Culture == "fi")
            .Get<NetworkPart>()!.AreaOfOperation);
    }

    [Fact]
    public async Task Network_of_the_same_name_is_updated_and_keeps_what_the_listing_does_not_state()
    {
        var site = await NetworkSite.CreateAsync(host);
        await site.CreateNetworkAsync("Hyvinvointipäivä", new NetworkPart { AreaOfOperation = "Kuhmo", MembersCount = 12 });

        var result = await ImportAsync(site, "--publish", Seed("004_fb2ed6bd087a104a.txt"));

        Assert.EndsWith("created 2, updated 1, unchanged 0, conflicts 0, warnings 0, failed 0.\n", result.Output, StringComparison.Ordinal);
        var network = Assert.Single(await NetworksAsync(site), n => n.DisplayText == "Hyvinvointipäivä").Get<NetworkPart>()!;
        Assert.Equal(("laaja", 12), (network.AreaOfOperation, network.MembersCount));
    }

    [Fact]
    public async Task Publishing_import_over_another_users_pending_draft_saves_a_draft_on_top_and_publishes_neither()
    {
        var site = await NetworkSite.CreateAsync(host);
        var item = await site.CreateNetworkAsync("Hyvinvointipäivä", new NetworkPart { AreaOfOperation = "Kuhmo", MembersCount = 12 });
        await host.InTenantAsync(site.Tenant, content => content.UpdateDraftAsync(item.ContentItemId, draft =>
        {
            draft.Author = "toinen";
            draft.Apply(draft.Get<NetworkPart>()! with { MembersCount = 99 });
        }));

        var result = await ImportAsync(site, "--publish", Seed("004_fb2ed6bd087a104a.txt"));

        Assert.Contains("Hyvinvointipäivä: Saved as a draft and not published", result.Output, StringComparison.Ordinal);
        var versions = await host.InTenantAsync<ContentManager, List<ContentItem>>(site.Tenant, content => content.HistoryAsync(item.ContentItemId));
        Assert.Equal([(true, "Kuhmo", 12), (false, "Kuhmo", 99), (false, "laaja", 99)],
            versions.Select(v => (v.Published, v.Get<NetworkPart>()!.AreaOfOperation, v.Get<NetworkPart>()!.MembersCount)));
    }

    [Fact]
    public async Task Foreign_text_is_a_per_file_error_and_writes_nothing()
    {
        var site = await NetworkSite.CreateAsync(host);

        var result = await ImportAsync(site, Seed("001_059ec08fc9ddb978.txt"));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("001_059ec08fc9ddb978.txt: No network was found: the text has no \"Verkoston nimi:\" or \"Nätverkets namn:\" line.\n",
            result.Error);
        Assert.Single(await NetworksAsync(site));
    }

    private async Task<(int ExitCode, string Output, string Error)> ImportAsync(NetworkSite site, params string[] arguments)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exitCode = await NetworkImportCommand.Create(host.Services).Parse(["networks", "--tenant", site.Tenant.Name, .. arguments])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }

    private Task<List<ContentItem>> NetworksAsync(NetworkSite site) =>
        host.InTenantAsync<ContentManager, List<ContentItem>>(site.Tenant, content =>
            content.Query(NetworksModule.NetworkType, VersionOptions.Latest).OrderBy(i => i.Id).ToListAsync());

    private Task<int> VersionsAsync(NetworkSite site) =>
        host.InTenantAsync<Core.Data.TenantDbContext, int>(site.Tenant, db => db.ContentItems.CountAsync());
}
