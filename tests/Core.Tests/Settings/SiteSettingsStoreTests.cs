using Microsoft.Extensions.DependencyInjection;
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

    private static SiteSettingsStore Store(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<SiteSettingsStore>();
}
