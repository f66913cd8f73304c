using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Search.Indexes;
using Verkostoportaali.Search.Querying;
using Verkostoportaali.Tenants.Administration;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Search.Tests.Indexes;

[Collection(PortalCollection.Name)]
public sealed class IndexRemovalTests(PortalHost host)
{
    [Fact]
    public async Task Portal_search_right_after_a_site_was_removed_and_made_again_under_its_name_finds_nothing_of_the_removed_site()
    {
        var removed = await host.CreateSiteAsync();
        await host.AddPageAsync(removed, "Kvarkkijuhla", "<p>Kvarkkijuhla kylätalolla.</p>", publish: true);
        Assert.Contains((await DemoSearch.AskAsync(host, "/api/search?q=kvarkkijuhla")).Hits, h => h.Tenant == removed.Name);
        var administration = host.Services.GetRequiredService<TenantAdministration>();
        Assert.Null(await administration.DisableAsync(removed.Name, CancellationToken.None));
        Assert.Null(await administration.RemoveAsync(removed.Name, CancellationToken.None));
        // The worker builds the new site's index in a moment; held off here, so that the search comes first, as a visitor's may.
        var writeLock = host.Services.GetRequiredService<TenantIndexes>().WriteLock(removed.Name);
        await writeLock.WaitAsync();
        SearchResults? results;
        try
        {
            await host.CreateSiteAsync(t => t with { Name = removed.Name, UrlPrefix = removed.Name });
            using var client = host.CreateClient();

            results = await client.GetFromJsonAsync<SearchResults>("/api/search?q=kvarkkijuhla");
        }
        finally
        {
            writeLock.Release();
        }

        Assert.Empty(results!.Hits);
    }
}
