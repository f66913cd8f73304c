using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Recipes.Tests;

public sealed class TenantSetupTests(TestPortal portal) : IClassFixture<TestPortal>
{
    // The Content step parses, but its item's type does not exist: the step throws while running.
    private const string FailingRecipe = """
        {
          "name": "failing",
          "steps": [
            { "name": "ContentDefinition", "types": [ { "name": "Article", "label": { "fi": "Artikkeli" }, "parts": ["TitlePart"] } ] },
            { "name": "Content", "items": [ { "contentItemId": "x", "contentType": "Missing", "parts": { "TitlePart": { "title": "X" } } } ] }
          ]
        }
        """;

    [Fact]
    public async Task Setup_leaves_the_tenant_running_with_its_data_folder_and_default_features()
    {
        var tenant = TestPortal.NewTenant();

        var running = await portal.Setup.CreateAsync(tenant, TestPortal.Recipe(TestPortal.ContentRecipe));

        Assert.Equal(TenantState.Running, running.State);
        Assert.Equal(running, portal.Registry.Find(tenant.Name));
        Assert.Equal("content", running.Recipe);
        Assert.Equal(["Contents", "Testing"], running.Features);
        Assert.True(File.Exists(portal.Paths.ContentDatabase(tenant.Name)));
    }

    [Fact]
    public async Task Setup_saves_the_recipe_types_in_the_tenant_database()
    {
        var tenant = await portal.CreateTenantAsync();
        await using var scope = portal.Scope(tenant);

        var types = await scope.ServiceProvider.GetRequiredService<ContentDefinitionStore>().ListAsync();

        Assert.Equal(["Article", "Note"], types.Select(t => t.Name));
    }

    [Fact]
    public async Task Step_that_throws_while_running_leaves_the_tenant_uninitialized_without_a_data_folder()
    {
        var tenant = TestPortal.NewTenant();

        var error = await Assert.ThrowsAsync<RecipeException>(
            () => portal.Setup.CreateAsync(tenant, TestPortal.Recipe(FailingRecipe)));

        Assert.Equal("test.recipe.json: step 2 'Content': There is no content type 'Missing'.", error.Message);
        Assert.False(Directory.Exists(portal.Paths.SiteFolder(tenant.Name)));
        var registered = portal.Registry.Find(tenant.Name);
        Assert.Equal(TenantState.Uninitialized, registered?.State);
        Assert.Empty(registered!.Features);
    }

    [Fact]
    public async Task Failed_setup_is_stored_as_uninitialized_in_the_host_database()
    {
        var tenant = TestPortal.NewTenant();
        await Assert.ThrowsAsync<RecipeException>(() => portal.Setup.CreateAsync(tenant, TestPortal.Recipe(FailingRecipe)));
        var reloaded = ActivatorUtilities.CreateInstance<TenantRegistry>(portal.Services);

        await reloaded.LoadAsync();

        Assert.Equal(TenantState.Uninitialized, reloaded.Find(tenant.Name)?.State);
    }

    [Fact]
    public async Task Tenant_whose_setup_failed_can_be_set_up_again()
    {
        var tenant = TestPortal.NewTenant();
        await Assert.ThrowsAsync<RecipeException>(() => portal.Setup.CreateAsync(tenant, TestPortal.Recipe(FailingRecipe)));

        var running = await portal.Setup.SetupAsync(tenant.Name, TestPortal.Recipe(TestPortal.ContentRecipe));

        Assert.Equal(TenantState.Running, running.State);
        await using var scope = portal.Scope(running);
        var content = TestPortal.Content(scope);
        Assert.Empty(await content.Query(version: VersionOptions.Latest).ToListAsync());
    }

    [Fact]
    public async Task Recipe_that_does_not_parse_creates_no_data_folder()
    {
        var tenant = TestPortal.NewTenant();
        var recipe = TestPortal.Recipe("""{ "name": "bad", "steps": [ { "name": "Nope" } ] }""");

        await Assert.ThrowsAsync<RecipeException>(() => portal.Setup.CreateAsync(tenant, recipe));

        Assert.False(Directory.Exists(portal.Paths.SiteFolder(tenant.Name)));
        Assert.Equal(TenantState.Uninitialized, portal.Registry.Find(tenant.Name)?.State);
    }

    [Fact]
    public async Task Setting_up_a_running_tenant_is_refused()
    {
        var tenant = await portal.CreateTenantAsync();

        var error = await Assert.ThrowsAsync<TenantException>(
            () => portal.Setup.SetupAsync(tenant.Name, TestPortal.Recipe(TestPortal.ContentRecipe)));

        Assert.Equal($"Tenant '{tenant.Name}' is Running; only an uninitialized tenant can be set up.", error.Message);
    }

    [Fact]
    public async Task Setting_up_an_unknown_tenant_is_refused()
    {
        var name = TestPortal.UniqueName("missing");

        var error = await Assert.ThrowsAsync<TenantException>(
            () => portal.Setup.SetupAsync(name, TestPortal.Recipe(TestPortal.ContentRecipe)));

        Assert.Equal($"There is no tenant named '{name}'.", error.Message);
    }
}
