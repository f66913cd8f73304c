using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Data;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Contents.Tests;

[Collection(PortalCollection.Name)]
public sealed class PublishedVersionsTests(PortalHost host) : IDisposable
{
    private readonly PublishedItemCache kept = Cache(megabytes: 1);

    private TenantChanges Changes => host.Services.GetRequiredService<TenantChanges>();

    private static PublishedItemCache Cache(int megabytes) => new(Options.Create(new ItemCacheOptions { Megabytes = megabytes }));

    private async Task<(Tenant Site, int[] RowIds)> SiteWithPagesAsync(params string[] titles)
    {
        var site = await host.CreateSiteAsync();
        var rowIds = new List<int>();
        foreach (var title in titles)
        {
            rowIds.Add((await host.AddPageAsync(site, title, $"<p>{title}</p>", publish: true)).Id);
        }
        return (site, [.. rowIds]);
    }

    private async Task<IReadOnlyList<ContentItem>> ReadAsync(Tenant site, IReadOnlyList<int> rowIds, PublishedItemCache? cache = null)
    {
        await using var scope = host.Services.GetRequiredService<TenantScopes>().Create(site);
        var services = scope.ServiceProvider;
        var versions = new PublishedVersions(services.GetRequiredService<TenantDbOnDemand>(), services.GetRequiredService<TenantContext>(),
            Changes, cache ?? kept);
        return await versions.InOrderAsync(rowIds, CancellationToken.None);
    }

    [Fact]
    public async Task Versions_are_read_once_for_each_version_of_their_sites_data()
    {
        var (site, rowIds) = await SiteWithPagesAsync("Kylätalo", "Kyläkoulu");

        var first = await ReadAsync(site, rowIds);
        var second = await ReadAsync(site, rowIds);
        Changes.TenantChanged(site.Name);
        var afterChange = await ReadAsync(site, rowIds);

        Assert.Equal(["Kylätalo", "Kyläkoulu"], second.Select(i => i.DisplayText));
        Assert.All(second.Zip(first), pair => Assert.Same(pair.Second, pair.First));
        Assert.All(afterChange.Zip(first), pair => Assert.NotSame(pair.Second, pair.First));
    }

    [Fact]
    public async Task A_change_to_another_site_keeps_the_versions()
    {
        var (site, rowIds) = await SiteWithPagesAsync("Kyläkauppa");

        var first = await ReadAsync(site, rowIds);
        Changes.TenantChanged(site.Name + "-naapuri");
        var second = await ReadAsync(site, rowIds);

        Assert.Same(first.Single(), second.Single());
    }

    [Fact]
    public async Task Versions_come_in_the_order_asked_without_those_withdrawn_since()
    {
        var (site, rowIds) = await SiteWithPagesAsync("Kesäteatteri", "Venetsialaiset", "Sadonkorjuujuhla");
        await ReadAsync(site, rowIds);
        var withdrawn = (await ReadAsync(site, rowIds))[1];

        await host.InTenantAsync(site, content => content.UnpublishAsync(withdrawn.ContentItemId));
        var read = await ReadAsync(site, [rowIds[2], rowIds[1], rowIds[0]]);

        Assert.Equal(["Sadonkorjuujuhla", "Kesäteatteri"], read.Select(i => i.DisplayText));
    }

    [Fact]
    public async Task With_no_memory_allowed_every_list_reads_its_versions_again()
    {
        var (site, rowIds) = await SiteWithPagesAsync("Kirjasto");
        using var none = Cache(megabytes: 0);

        var first = await ReadAsync(site, rowIds, none);
        var second = await ReadAsync(site, rowIds, none);

        Assert.Equal("Kirjasto", second.Single().DisplayText);
        Assert.NotSame(first.Single(), second.Single());
    }

    public void Dispose() => kept.Dispose();
}
