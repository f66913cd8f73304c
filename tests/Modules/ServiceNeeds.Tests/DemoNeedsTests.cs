using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Testing;

namespace Verkostoportaali.ServiceNeeds.Tests;

[Collection(PortalCollection.Name)]
public sealed class DemoNeedsTests(PortalHost host)
{
    [Fact]
    public async Task The_saarijarvi_demo_has_example_providers_and_needs_marked_as_examples_without_personal_data()
    {
        var site = host.Services.GetRequiredService<TenantRegistry>().Find("saarijarvi")!;

        var needs = await host.InTenantAsync<TenantDbContext, List<ServiceNeed>>(site, db => db.Set<ServiceNeed>().AsNoTracking().ToListAsync());
        var coordinatorPage = await (await host.SignedInAsync("saarijarvi")).GetStringAsync("/saarijarvi/admin/palvelutarpeet");
        var providers = await host.CreateClient().GetStringAsync("/saarijarvi/toimijat");

        Assert.Equal(3, needs.Count);
        Assert.All(needs, n => Assert.True(n.IsExample));
        Assert.All(needs, n => Assert.StartsWith("Esimerkki:", n.Description, StringComparison.Ordinal));
        Assert.All(needs, n => Assert.Null(n.Email));
        Assert.Contains(needs, n => n.Status == NeedStatus.NoProviderFound);
        Assert.Contains("(esimerkki)", coordinatorPage, StringComparison.Ordinal);
        Assert.Contains("Esimerkki: Mahlun Kotiapu", providers, StringComparison.Ordinal);
    }
}
