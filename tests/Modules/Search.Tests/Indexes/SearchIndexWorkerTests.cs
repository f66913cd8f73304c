using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Verkostoportaali.Search.Indexes;
using Verkostoportaali.Search.Outbox;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Search.Tests.Indexes;

[Collection(PortalCollection.Name)]
public sealed class SearchIndexWorkerTests(PortalHost host)
{
    [Fact]
    public async Task A_sweep_catches_up_tenants_with_pending_rows_and_leaves_idle_tenants_untouched()
    {
        var idle = await host.CreateSiteAsync();
        await host.AddPageAsync(idle, "Kyläkauppa", "<p>Kyläkaupan aukioloajat.</p>", publish: true);
        var busy = await host.CreateSiteAsync();
        await host.AddPageAsync(busy, "Kyläkauppa", "<p>Kyläkaupan aukioloajat.</p>", publish: true);
        await DemoSearch.AskAsync(host, $"/{idle.Name}/api/search?q=kyläkauppa");
        await DemoSearch.AskAsync(host, $"/{busy.Name}/api/search?q=kyläkauppa");
        var idleFolder = Path.GetDirectoryName(host.Services.GetRequiredService<TenantIndexes>().Folder(idle.Name, "fi"))!;
        // Were the sweep to look at the idle tenant, it would find its index missing and rebuild it.
        Directory.Delete(idleFolder, recursive: true);

        await host.AddPageAsync(busy, "Kalastusretki", "<p>Kalastusretki Kuusamoon.</p>", publish: true);
        await Worker.SweepAsync(CancellationToken.None);
        var found = await DemoSearch.AskAsync(host, $"/{busy.Name}/api/search?q=kalastusretki");

        Assert.Equal(1, found.Total);
        Assert.False(Directory.Exists(idleFolder));
        Assert.DoesNotContain(idle.Name, host.Services.GetRequiredService<SearchBacklog>().Pending);
    }

    private SearchIndexWorker Worker => host.Services.GetServices<IHostedService>().OfType<SearchIndexWorker>().Single();
}
