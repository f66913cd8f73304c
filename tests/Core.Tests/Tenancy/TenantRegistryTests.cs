using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Data;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Core.Tests.Tenancy;

// Resolution depends on every tenant in the registry, so each test gets a portal of its own.
public sealed class TenantRegistryTests : IAsyncLifetime
{
    private readonly TestPortal portal = new();

    private TenantRegistry Registry => portal.Registry;

    public Task InitializeAsync() => portal.InitializeAsync();

    public Task DisposeAsync() => portal.DisposeAsync();

    [Fact]
    public async Task Host_name_wins_over_path_prefix()
    {
        await Registry.AddAsync(new Tenant { Name = "a", UrlPrefix = "a-prefix" });
        await Registry.AddAsync(new Tenant { Name = "b", HostNames = ["b.example.fi"] });

        var match = Registry.Resolve("b.example.fi", "/a-prefix/uutiset");

        Assert.NotNull(match);
        Assert.Equal("b", match.Tenant.Name);
        Assert.Equal(PathString.Empty, match.PathBase);
    }

    [Fact]
    public async Task Path_prefix_selects_the_tenant_and_becomes_its_path_base()
    {
        await Registry.AddAsync(new Tenant { Name = TenantName.Default });
        await Registry.AddAsync(new Tenant { Name = "a", UrlPrefix = "a-prefix" });

        var match = Registry.Resolve("portaali.fi", "/a-prefix/uutiset/1");

        Assert.NotNull(match);
        Assert.Equal("a", match.Tenant.Name);
        Assert.Equal(new PathString("/a-prefix"), match.PathBase);
    }

    [Fact]
    public async Task All_lists_the_portal_first_and_then_the_sites_by_name_as_added_or_reloaded()
    {
        // "2025-hanke" sorts before "Default" by name.
        foreach (var name in new[] { "maaseutu", "2025-hanke", TenantName.Default, "zeta", "b" })
        {
            await Registry.AddAsync(new Tenant { Name = name });
        }
        string[] expected = [TenantName.Default, "2025-hanke", "b", "maaseutu", "zeta"];

        Assert.Equal(expected, Registry.All.Select(t => t.Name));
        await Registry.RemoveAsync("b");
        await Registry.LoadAsync();
        Assert.Equal(expected.Where(n => n != "b"), Registry.All.Select(t => t.Name));
    }

    [Theory]
    [InlineData("/tuntematon/sivu")]
    [InlineData("/a-prefixx")]
    [InlineData("/")]
    [InlineData("")]
    public async Task Unknown_first_segment_falls_back_to_the_default_tenant(string path)
    {
        await Registry.AddAsync(new Tenant { Name = TenantName.Default });
        await Registry.AddAsync(new Tenant { Name = "a", UrlPrefix = "a-prefix" });

        var match = Registry.Resolve("portaali.fi", path);

        Assert.NotNull(match);
        Assert.Equal(TenantName.Default, match.Tenant.Name);
        Assert.Equal(PathString.Empty, match.PathBase);
    }

    [Fact]
    public async Task Nothing_resolves_without_a_default_tenant()
    {
        await Registry.AddAsync(new Tenant { Name = "a", UrlPrefix = "a-prefix" });

        var match = Registry.Resolve("portaali.fi", "/muu");

        Assert.Null(match);
    }

    [Fact]
    public async Task Host_name_matches_case_insensitively()
    {
        await Registry.AddAsync(new Tenant { Name = "b", HostNames = ["B.Example.fi "] });

        var match = Registry.Resolve("b.EXAMPLE.fi", "/");

        Assert.Equal("b", match?.Tenant.Name);
    }

    [Fact]
    public async Task Path_prefix_matches_case_insensitively()
    {
        await Registry.AddAsync(new Tenant { Name = "a", UrlPrefix = "/A-Prefix/" });

        var match = Registry.Resolve("portaali.fi", "/A-PREFIX/sivu");

        Assert.Equal("a", match?.Tenant.Name);
        Assert.Equal("a-prefix", Registry.Find("a")?.UrlPrefix);
    }

    [Fact]
    public async Task Adding_a_tenant_with_a_used_prefix_is_refused()
    {
        await Registry.AddAsync(new Tenant { Name = "a", UrlPrefix = "yhteinen" });

        var error = await Assert.ThrowsAsync<TenantException>(
            () => Registry.AddAsync(new Tenant { Name = "b", UrlPrefix = "Yhteinen" }));

        Assert.Equal("The URL prefix 'yhteinen' is used by tenant 'a'.", error.Message);
        Assert.Null(Registry.Find("b"));
    }

    [Fact]
    public async Task Adding_a_tenant_with_a_used_host_name_is_refused()
    {
        await Registry.AddAsync(new Tenant { Name = "a", HostNames = ["a.example.fi"] });

        var error = await Assert.ThrowsAsync<TenantException>(
            () => Registry.AddAsync(new Tenant { Name = "b", HostNames = ["b.example.fi", "A.EXAMPLE.FI"] }));

        Assert.Equal("The host name 'a.example.fi' is used by tenant 'a'.", error.Message);
        Assert.Null(Registry.Find("b"));
        Assert.Null(Registry.Resolve("b.example.fi", "/"));
    }

    [Fact]
    public async Task Adding_a_second_tenant_with_the_same_name_is_refused()
    {
        await Registry.AddAsync(new Tenant { Name = "a", UrlPrefix = "a" });

        var error = await Assert.ThrowsAsync<TenantException>(() => Registry.AddAsync(new Tenant { Name = "a", UrlPrefix = "toinen" }));

        Assert.Equal("A tenant named 'a' exists already.", error.Message);
    }

    [Theory]
    [InlineData("api")]
    [InlineData("admin")]
    [InlineData("../x")]
    public async Task Prefix_that_is_reserved_or_not_a_slug_is_refused(string prefix)
    {
        var tenant = new Tenant { Name = "a", UrlPrefix = prefix };

        var error = await Assert.ThrowsAsync<TenantException>(() => Registry.AddAsync(tenant));

        Assert.Contains($"'{prefix}'", error.Message);
        Assert.Null(Registry.Find("a"));
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("sv")]
    [InlineData("default")]
    public async Task Name_the_portal_answers_itself_is_refused_even_on_a_host_of_its_own(string name)
    {
        var tenant = new Tenant { Name = name, HostNames = [$"{name}.example.fi"] };

        var error = await Assert.ThrowsAsync<TenantException>(() => Registry.AddAsync(tenant));

        Assert.Equal($"'{name}' is reserved for the portal's own addresses.", error.Message);
        Assert.Null(Registry.Find(name));
    }

    [Fact]
    public async Task Name_that_no_route_serves_is_a_tenants_even_if_a_list_once_reserved_it()
    {
        var tenant = new Tenant { Name = "haku", UrlPrefix = "haku" };

        await Registry.AddAsync(tenant);

        Assert.Equal("haku", Registry.Resolve("portaali.fi", "/haku/uutiset")?.Tenant.Name);
    }

    [Fact]
    public async Task Removed_tenant_no_longer_resolves()
    {
        await Registry.AddAsync(new Tenant { Name = TenantName.Default });
        await Registry.AddAsync(new Tenant { Name = "a", UrlPrefix = "a-prefix", HostNames = ["a.example.fi"] });

        await Registry.RemoveAsync("a");

        Assert.Null(Registry.Find("a"));
        Assert.Equal(TenantName.Default, Registry.Resolve("a.example.fi", "/a-prefix/x")?.Tenant.Name);
        Assert.DoesNotContain(Registry.All, t => t.Name == "a");
    }

    [Fact]
    public async Task Removed_tenant_frees_its_prefix_and_host_names()
    {
        await Registry.AddAsync(new Tenant { Name = "a", UrlPrefix = "a-prefix", HostNames = ["a.example.fi"] });
        await Registry.RemoveAsync("a");

        await Registry.AddAsync(new Tenant { Name = "b", UrlPrefix = "a-prefix", HostNames = ["a.example.fi"] });

        Assert.Equal("b", Registry.Resolve("a.example.fi", "/")?.Tenant.Name);
        Assert.Equal("b", Registry.Resolve("portaali.fi", "/a-prefix/")?.Tenant.Name);
    }

    [Fact]
    public async Task Update_that_moves_the_prefix_frees_the_old_one()
    {
        var tenant = await Registry.AddAsync(new Tenant { Name = "a", UrlPrefix = "vanha" });

        await Registry.UpdateAsync(tenant with { UrlPrefix = "uusi" });

        Assert.Null(Registry.Resolve("portaali.fi", "/vanha/x"));
        Assert.Equal("a", Registry.Resolve("portaali.fi", "/uusi/x")?.Tenant.Name);
    }

    [Fact]
    public async Task Creation_time_is_kept_by_an_update_that_does_not_carry_it()
    {
        var added = await Registry.AddAsync(new Tenant { Name = "a", UrlPrefix = "a" });

        var updated = await Registry.UpdateAsync(new Tenant { Name = "a", UrlPrefix = "a", DisplayName = "Uusi nimi" });
        var reloaded = ActivatorUtilities.CreateInstance<TenantRegistry>(portal.Services);
        await reloaded.LoadAsync();

        Assert.NotEqual(default, added.CreatedUtc);
        Assert.Equal(added.CreatedUtc, updated.CreatedUtc);
        Assert.Equal(added.CreatedUtc, reloaded.Find("a")!.CreatedUtc);
    }

    [Fact]
    public async Task A_reload_names_the_sites_another_process_removed_and_not_those_this_one_removed()
    {
        await Registry.AddAsync(new Tenant { Name = "a", UrlPrefix = "a" });
        await Registry.AddAsync(new Tenant { Name = "b", UrlPrefix = "b" });
        var other = ActivatorUtilities.CreateInstance<TenantRegistry>(portal.Services);
        await other.LoadAsync();

        await Registry.RemoveAsync("a");
        await other.RemoveAsync("b");
        var removedElsewhere = await Registry.LoadAsync();

        Assert.Equal(["b"], removedElsewhere.Select(t => t.Name));
        Assert.Empty(await Registry.LoadAsync());
    }

    [Fact]
    public async Task Tenants_survive_loading_from_the_host_database()
    {
        await Registry.AddAsync(new Tenant { Name = TenantName.Default });
        await Registry.AddAsync(new Tenant { Name = "a", UrlPrefix = "a-prefix", HostNames = ["a.example.fi"], Features = ["Contents"] });
        await Registry.RemoveAsync(TenantName.Default);
        var reloaded = ActivatorUtilities.CreateInstance<TenantRegistry>(portal.Services);

        await reloaded.LoadAsync();

        var a = reloaded.Find("a");
        Assert.NotNull(a);
        Assert.Equal(Registry.Find("a")!.CreatedUtc, a.CreatedUtc);
        Assert.Equal("a-prefix", a.UrlPrefix);
        Assert.Equal(["a.example.fi"], a.HostNames);
        Assert.Equal(["Contents"], a.Features);
        Assert.Null(reloaded.Find(TenantName.Default));
        Assert.Equal("a", reloaded.Resolve("A.example.fi", "/")?.Tenant.Name);
        Assert.Equal("a", reloaded.Resolve("portaali.fi", "/a-prefix/")?.Tenant.Name);
    }
}

public sealed class TenantRegistryChangeTests : IAsyncLifetime
{
    private readonly TestPortal portal = new();

    public Task InitializeAsync() => portal.InitializeAsync();

    public Task DisposeAsync() => portal.DisposeAsync();

    [Fact]
    public async Task A_reload_that_finds_only_this_process_s_own_writes_is_no_change()
    {
        var changes = portal.Services.GetRequiredService<TenantChanges>();
        await portal.Registry.AddAsync(new Tenant { Name = "a", UrlPrefix = "a", HostNames = ["a.example.fi"], Features = ["Contents"] });
        var afterAdd = changes.Registry;

        await portal.Registry.LoadAsync();

        Assert.Equal(afterAdd, changes.Registry);
    }

    [Fact]
    public async Task A_reload_that_finds_another_process_s_change_is_one()
    {
        var changes = portal.Services.GetRequiredService<TenantChanges>();
        await portal.Registry.AddAsync(new Tenant { Name = "a", UrlPrefix = "a", Features = ["Contents"] });
        var other = ActivatorUtilities.CreateInstance<TenantRegistry>(portal.Services);
        await other.LoadAsync();
        await other.UpdateAsync(other.Find("a")! with { Features = ["Contents", "Search"] });
        var beforeReload = changes.Registry;

        await portal.Registry.LoadAsync();

        Assert.True(changes.Registry > beforeReload);
        Assert.Equal(["Contents", "Search"], portal.Registry.Find("a")!.Features);
    }
}
