using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Recipes;
using Verkostoportaali.Core.Settings;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Core.Tests.Settings;

public sealed class SiteSettingsStoreTests(TestPortal portal) : IClassFixture<TestPortal>
{
    [Fact]
    public async Task Unsaved_section_reads_as_its_defaults()
    {
        await using var scope = await portal.ContentScopeAsync();

        var settings = await Store(scope).GetAsync<GreetingSettings>();

        Assert.Equal("Tervetuloa", settings.Greeting);
    }

    [Fact]
    public async Task Saved_section_is_read_back_in_a_new_scope_of_the_same_tenant_only()
    {
        var tenant = await portal.CreateTenantAsync();
        var other = await portal.CreateTenantAsync();
        await using (var scope = portal.Scope(tenant))
        {
            await Store(scope).GetAsync<GreetingSettings>();
            await Store(scope).SaveAsync(new GreetingSettings { Greeting = "Hei" });
        }

        await using var again = portal.Scope(tenant);
        await using var elsewhere = portal.Scope(other);

        Assert.Equal("Hei", (await Store(again).GetAsync<GreetingSettings>()).Greeting);
        Assert.Equal("Tervetuloa", (await Store(elsewhere).GetAsync<GreetingSettings>()).Greeting);
    }

    [Fact]
    public async Task Settings_step_sets_a_section_by_its_class_name()
    {
        var tenant = await portal.CreateTenantAsync("""
            { "name": "s", "steps": [ { "name": "Settings", "sections": { "GreetingSettings": { "greeting": "Välkommen" } } } ] }
            """);

        await using var scope = portal.Scope(tenant);

        Assert.Equal("Välkommen", (await Store(scope).GetAsync<GreetingSettings>()).Greeting);
    }

    [Theory]
    [InlineData("""{ "NoSuchSettings": {} }""", "There is no settings section 'NoSuchSettings'")]
    [InlineData("""{ "GreetingSettings": { "greting": "typo" } }""", "Settings section 'GreetingSettings'")]
    public async Task Settings_step_refuses_unknown_sections_and_properties(string sections, string expected)
    {
        var recipe = $$"""{ "name": "s", "steps": [ { "name": "Settings", "sections": {{sections}} } ] }""";

        var error = await Assert.ThrowsAsync<RecipeException>(() => portal.CreateTenantAsync(recipe));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("step 1 'Settings'", error.Message, StringComparison.Ordinal);
    }

    private static SiteSettingsStore Store(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<SiteSettingsStore>();
}
