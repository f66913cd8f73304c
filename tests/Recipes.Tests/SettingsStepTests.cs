using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Settings;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Recipes.Tests;

public sealed class SettingsStepTests(TestPortal portal) : IClassFixture<TestPortal>
{
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
