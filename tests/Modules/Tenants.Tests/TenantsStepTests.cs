using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Recipes;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Tenants.Tests;

[Collection(PortalCollection.Name)]
public sealed class TenantsStepTests(PortalHost host)
{
    [Theory]
    [InlineData("""{ "name": "search", "displayName": "Haku", "recipe": "municipality" }""", "search")]
    [InlineData("""{ "name": "kylat", "displayName": "Kylät", "recipe": "municipality", "urlPrefix": "admin" }""", "admin")]
    public async Task Tenant_whose_address_the_portal_serves_is_refused_before_the_recipe_runs(string tenant, string taken)
    {
        var parsing = await ParseAsync(tenant);

        var refused = Assert.Throws<JsonException>(parsing);

        Assert.Contains($"'{taken}' is reserved for the portal's own addresses.", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tenant_named_as_only_the_hand_kept_list_reserved_is_accepted()
    {
        var parsing = await ParseAsync("""{ "name": "haku", "displayName": "Haku", "recipe": "municipality" }""");

        var parsed = parsing();

        Assert.Equal("haku", Assert.Single(((TenantsStep.Data)parsed).Tenants).Name);
    }

    // The step is parsed in the portal's scope, as the portal recipe's is.
    private async Task<Func<object>> ParseAsync(string tenant)
    {
        var portal = host.Services.GetRequiredService<TenantRegistry>().Find(TenantName.Default)!;
        var step = await host.InTenantAsync<IEnumerable<IRecipeStep>, IRecipeStep>(portal, steps => Task.FromResult(steps.Single(s => s.Name == "Tenants")));
        var json = JsonDocument.Parse($$"""{ "name": "Tenants", "tenants": [{{tenant}}] }""").RootElement;
        return () => step.Parse(json);
    }
}
