using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Search.Outbox;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Search.Tests.Indexes;

/// <summary>Several nodes may share the databases, each with its own indexes: a change another node made reaches this node's index.</summary>
public sealed class OutboxCheckTests : OwnDataFolder
{
    [Fact]
    public async Task A_row_another_node_wrote_is_applied_by_the_periodic_check_of_every_tenant()
    {
        await using var host = PortalHost.OnDataFolder(DataPath, "portal", new Dictionary<string, string> { ["Portal:Search:OutboxCheck"] = "00:00:01" });
        var site = await host.CreateSiteAsync();
        var page = await host.AddPageAsync(site, "Kalastusretki", "<p>Kalastusretki Kuusamoon.</p>", publish: true);
        Assert.Equal(1, (await DemoSearch.AskAsync(host, $"/{site.Name}/api/search?q=kalastusretki")).Total);
        // What another node does: the item changes in the shared database with an outbox row, and this node is not told.
        await using (var scope = host.Services.GetRequiredService<TenantScopes>().Create(site))
        {
            var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
            var published = await db.ContentItems.SingleAsync(i => i.ContentItemId == page.ContentItemId && i.Published);
            published.Apply(new BodyPart("<p>Hevostila Sotkamossa.</p>"));
            db.Add(new SearchTask { ContentItemId = page.ContentItemId });
            await db.SaveChangesAsync();
        }

        var found = await DemoSearch.AskAsync(host, $"/{site.Name}/api/search?q=hevostila");

        Assert.Equal(1, found.Total);
    }
}
