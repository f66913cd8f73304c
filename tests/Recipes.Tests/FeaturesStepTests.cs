using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Recipes.Tests;

public sealed class FeaturesStepTests(TestPortal portal) : IClassFixture<TestPortal>
{
    [Fact]
    public async Task Unknown_feature_is_refused()
    {
        var recipe = """{ "name": "x", "steps": [ { "name": "Features", "enable": ["Contents", "Forum"] } ] }""";

        var error = await Assert.ThrowsAsync<RecipeException>(() => portal.CreateTenantAsync(recipe));

        Assert.Equal("test.recipe.json: step 1 'Features': There is no feature 'Forum'.", error.Message);
    }

    [Fact]
    public async Task Tenant_without_the_step_gets_the_default_features()
    {
        var recipe = """{ "name": "x", "steps": [] }""";

        var tenant = await portal.CreateTenantAsync(recipe);

        Assert.Equal(["Contents", "Testing"], tenant.Features);
    }

    [Fact]
    public async Task Enabling_a_feature_enables_what_it_depends_on()
    {
        var recipe = """{ "name": "x", "steps": [ { "name": "Features", "enable": ["Trips"] } ] }""";

        var tenant = await portal.CreateTenantAsync(recipe);

        Assert.Equal(["Contents", "Places", "Testing", "Trips"], tenant.Features);
        Assert.True(tenant.HasFeature("Places"));
    }

    [Fact]
    public async Task Enabled_feature_saves_the_content_types_of_its_module()
    {
        var recipe = """{ "name": "x", "steps": [ { "name": "Features", "enable": ["Trips"] } ] }""";

        var tenant = await portal.CreateTenantAsync(recipe);

        await using var scope = portal.Scope(tenant);
        var place = await scope.ServiceProvider.GetRequiredService<ContentDefinitionStore>().FindAsync("Place");
        Assert.Equal(["TitlePart"], place?.Parts);
    }

    [Fact]
    public async Task Feature_that_is_not_enabled_brings_no_content_types()
    {
        var tenant = await portal.CreateTenantAsync();

        await using var scope = portal.Scope(tenant);
        Assert.Null(await scope.ServiceProvider.GetRequiredService<ContentDefinitionStore>().FindAsync("Place"));
        Assert.False(tenant.HasFeature("Places"));
    }
}
