using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Search.Outbox;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Maps.Tests;

/// <summary>The data step for sites made before the map: their types get the location field and their places indexed.</summary>
[Collection(PortalCollection.Name)]
public sealed class MapsMigrationsTests(PortalHost host)
{
    private readonly HttpClient client = host.CreateClient();

    [Fact]
    public async Task Site_made_before_the_map_gets_the_location_field()
    {
        var site = await TestSites.CreateAsync(host);
        await RemoveLocationFieldAsync(site, "Provider");
        Assert.DoesNotContain(nameof(LocationPart), (await TypeAsync(site, "Provider")).Parts);

        await RunStepAsync(site);

        Assert.Equal(1, (await TypeAsync(site, "Provider")).Parts.Count(p => p == nameof(LocationPart)));
    }

    [Fact]
    public async Task Step_indexes_the_published_providers_again()
    {
        var site = await TestSites.CreateAsync(host);
        var provider = await host.AddAsync(site, "Provider", "Muuttanut toimija", TestSites.In("kuopio"));
        await client.MarkersWhenAsync($"/{site.Name}/api/map", a => a.Total == 1);
        // Moved behind the content manager's back, as the index of a site made before the map does not know the place.
        await host.InTenantAsync<TenantDbContext, int>(site, db => db.Database.ExecuteSqlRawAsync(
            """UPDATE "ContentItems" SET "Data" = replace("Data", '"kuopio"', '"oulu"') WHERE "ContentItemId" = {0}""", provider.ContentItemId));

        await RunStepAsync(site);
        // At start-up the index worker checks every site's outbox after the migrations ran; here it is told to.
        host.Services.GetRequiredService<SearchBacklog>().Recheck(site.Name);

        var answer = await client.MarkersWhenAsync($"/{site.Name}/api/map", a => a.Markers.Any(m => m.Municipality == "oulu"));
        Assert.Equal(65.012, Assert.Single(answer.Markers).Lat);
    }

    [Fact]
    public async Task Step_run_again_adds_the_field_only_once()
    {
        var site = await TestSites.CreateAsync(host);

        await RunStepAsync(site);

        Assert.Equal(1, (await TypeAsync(site, "Event")).Parts.Count(p => p == nameof(LocationPart)));
    }

    private Task RemoveLocationFieldAsync(Tenant site, string type) =>
        host.InTenantAsync<TenantDbContext, int>(site, db => db.Database.ExecuteSqlRawAsync(
            """UPDATE "ContentTypes" SET "Definition" = replace("Definition", ',"LocationPart"', '') WHERE "Name" = {0}""", type));

    private async Task<ContentTypeDefinition> TypeAsync(Tenant site, string type) =>
        (await host.InTenantAsync<ContentDefinitionStore, ContentTypeDefinition?>(site, store => store.FindAsync(type)))!;

    private Task RunStepAsync(Tenant site) =>
        host.InTenantAsync<TenantDbContext, bool>(site, async db =>
        {
            await new MapsModule().Migrations().Single(s => s.Number == 1).Data!(db, NullLogger.Instance, default);
            return true;
        });
}
