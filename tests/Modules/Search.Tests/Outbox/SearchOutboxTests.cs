using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Verkostoportaali.ContentFields;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Search.Querying;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Search.Tests.Outbox;

[Collection(PortalCollection.Name)]
public sealed class SearchOutboxTests(PortalHost host)
{
    [Fact]
    public async Task A_draft_is_not_found_until_published_and_is_found_within_a_second_after()
    {
        var tenant = await host.CreateSiteAsync();
        await host.AddPageAsync(tenant, "Kyläkauppa", "<p>Kyläkaupan aukioloajat.</p>", publish: true);
        await DemoSearch.AskAsync(host, $"/{tenant.Name}/api/search?q=kyläkauppa");
        var draft = await host.AddPageAsync(tenant, "Salainen", "<p>Zorblatinen kyläjuhla.</p>", publish: false);
        using var client = host.CreateClient();
        var url = $"/{tenant.Name}/api/search?q=zorblatinen";

        var before = await client.GetFromJsonAsync<SearchResults>(url);
        await host.InTenantAsync(tenant, content => content.PublishAsync(draft.ContentItemId));
        var clock = Stopwatch.StartNew();
        var after = await client.GetFromJsonAsync<SearchResults>(url);
        while (after!.Total == 0 && clock.Elapsed < TimeSpan.FromSeconds(1))
        {
            await Task.Delay(20);
            after = await client.GetFromJsonAsync<SearchResults>(url);
        }

        Assert.Equal(0, before!.Total);
        Assert.Equal(1, after.Total);
    }

    [Fact]
    public async Task An_unpublished_item_leaves_the_index()
    {
        var tenant = await host.CreateSiteAsync();
        var page = await host.AddPageAsync(tenant, "Kuikkalampi", "<p>Kuikkalammen rantapolku.</p>", publish: true);
        var url = $"/{tenant.Name}/api/search?q=kuikkalampi";
        await DemoSearch.AskAsync(host, url);
        using var client = host.CreateClient();

        await host.InTenantAsync(tenant, content => content.UnpublishAsync(page.ContentItemId));
        var results = await client.GetFromJsonAsync<SearchResults>(url);
        for (var i = 0; i < 50 && results!.Total > 0; i++)
        {
            await Task.Delay(20);
            results = await client.GetFromJsonAsync<SearchResults>(url);
        }

        Assert.Equal(0, results!.Total);
    }

    [Theory]
    [InlineData(RemovedFieldValues.Delete)]
    [InlineData(RemovedFieldValues.KeepHidden)]
    public async Task Values_of_a_removed_field_leave_the_index(RemovedFieldValues values)
    {
        var tenant = await host.CreateSiteAsync();
        var type = await host.InTenantAsync<ContentDefinitionStore, ContentTypeDefinition>(tenant, async definitions =>
        {
            var page = (await definitions.FindAsync("Page"))! with { Fields = [new("kohderyhma", ContentFieldKind.Text, new("Kohderyhmä"))] };
            await definitions.SaveAsync(page);
            return page;
        });
        await host.InTenantAsync(tenant, async content =>
        {
            var page = await content.NewAsync("Page");
            page.Apply(new TitlePart("Kyläkävely")).Apply(new FieldsPart(new Dictionary<string, string> { ["kohderyhma"] = "Zorblatiset" }));
            await content.CreateAsync(page, publish: true);
        });
        var url = $"/{tenant.Name}/api/search?q=zorblatiset";
        var before = await DemoSearch.AskAsync(host, url);
        using var client = host.CreateClient();

        await host.InTenantAsync<FieldRemoval, bool>(tenant, async removal =>
        {
            await removal.RemoveAsync(type, "kohderyhma", values, CancellationToken.None);
            return true;
        });
        var results = await client.GetFromJsonAsync<SearchResults>(url);
        for (var i = 0; i < 50 && results!.Total > 0; i++)
        {
            await Task.Delay(20);
            results = await client.GetFromJsonAsync<SearchResults>(url);
        }

        Assert.Equal(1, before.Total);
        Assert.Equal(0, results!.Total);
    }

    [Fact]
    public async Task An_item_that_cannot_be_indexed_is_logged_and_left_out_and_the_others_are_indexed()
    {
        var tenant = await host.CreateSiteAsync();
        var broken = await host.AddPageAsync(tenant, "Rikkinäinen", "<p>Rikkinäinen sivu.</p>", publish: true);
        await DemoSearch.AskAsync(host, $"/{tenant.Name}/api/search?q=rikkinäinen");
        await host.InTenantAsync<TenantDbContext, int>(tenant, db => db.Database.ExecuteSqlRawAsync(
            """UPDATE "ContentItems" SET "Data" = {1} WHERE "ContentItemId" = {0}; INSERT INTO "SearchTasks" ("ContentItemId", "CreatedUtc") VALUES ({0}, '2026-12-04')""",
            broken.ContentItemId, "{ not json"));

        await host.AddPageAsync(tenant, "Kyläkoulu", "<p>Zorblatinen kyläkoulu.</p>", publish: true);
        var results = await DemoSearch.AskAsync(host, $"/{tenant.Name}/api/search?q=zorblatinen");

        Assert.Equal(1, results.Total);
        Assert.Contains(host.Log.Messages, m => m.Contains($"Item {broken.ContentItemId} of tenant {tenant.Name} could not be indexed", StringComparison.Ordinal));
    }
}
