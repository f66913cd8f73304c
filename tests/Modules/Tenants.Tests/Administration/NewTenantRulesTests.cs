using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Tenants.Administration;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Tenants.Tests.Administration;

[Collection(PortalCollection.Name)]
public sealed class NewTenantRulesTests(PortalHost host)
{
    [Theory]
    [InlineData("http://kylat.example.fi/", "HostName")]
    [InlineData("localhost", "HostName")]
    [InlineData("", "DisplayName")]
    [InlineData("x", "Region")]
    [InlineData("y", "AdminEmail")]
    public async Task Each_bad_field_is_named_in_its_problem(string value, string field)
    {
        var input = NewSites.Input(NewSites.UniqueName());
        _ = field switch
        {
            "HostName" => input.HostName = value,
            "DisplayName" => input.DisplayName = value,
            "Region" => input.Region = value,
            _ => input.AdminEmail = value,
        };

        var (plan, problems) = await Rules.CheckAsync(input, CancellationToken.None);

        Assert.Null(plan);
        Assert.Equal([field], problems.Select(p => p.Field));
    }

    [Fact]
    public async Task Display_name_longer_than_the_limit_is_refused()
    {
        var input = NewSites.Input(NewSites.UniqueName());
        input.DisplayName = new string('a', NewTenantRules.DisplayNameMaxLength + 1);

        var (_, problems) = await Rules.CheckAsync(input, CancellationToken.None);

        Assert.Equal("The display name can be at most 200 characters long.", Assert.Single(problems).ToString());
    }

    [Fact]
    public async Task Host_name_of_another_site_is_refused()
    {
        var first = NewSites.Input(NewSites.UniqueName());
        first.HostName = $"{first.Name}.example.fi";
        await host.Services.GetRequiredService<TenantAdministration>().CreateAsync(first, CancellationToken.None);
        var second = NewSites.Input(NewSites.UniqueName());
        second.HostName = first.HostName.ToUpperInvariant();

        var (_, problems) = await Rules.CheckAsync(second, CancellationToken.None);

        Assert.Equal($"The host name {first.HostName} is used by the site '{first.Name}'.", Assert.Single(problems).ToString());
    }

    [Theory]
    [InlineData("paijat-hame")]
    [InlineData("päijät-häme")]
    [InlineData("Päijänne-Tavastland")]
    [InlineData("PÄIJÄT-HÄME")]
    public async Task Region_is_found_by_its_id_or_its_name_in_any_language_and_kept_by_its_id(string given)
    {
        var input = NewSites.Input(NewSites.UniqueName());
        input.Region = given;

        var region = (await Rules.CheckAsync(input, CancellationToken.None)).Plan!.Tenant.Region;

        Assert.Equal("paijat-hame", region);
    }

    [Fact]
    public async Task Leftover_data_folder_of_the_same_name_is_refused_rather_than_reused()
    {
        var name = NewSites.UniqueName();
        Directory.CreateDirectory(NewSites.Folder(host, name));
        try
        {
            var (plan, problems) = await Rules.CheckAsync(NewSites.Input(name), CancellationToken.None);

            Assert.Null(plan);
            Assert.Equal("Name", Assert.Single(problems).Field);
        }
        finally
        {
            Directory.Delete(NewSites.Folder(host, name));
        }
    }

    [Fact]
    public async Task Host_only_site_has_no_prefix_and_a_site_without_address_gets_its_name_as_prefix()
    {
        var hostOnly = NewSites.Input(NewSites.UniqueName());
        hostOnly.HostName = "Kylat.Example.fi";
        var plain = NewSites.Input(NewSites.UniqueName());

        var hostOnlyTenant = (await Rules.CheckAsync(hostOnly, CancellationToken.None)).Plan!.Tenant;
        var plainTenant = (await Rules.CheckAsync(plain, CancellationToken.None)).Plan!.Tenant;

        Assert.Equal((null, "kylat.example.fi"), (hostOnlyTenant.UrlPrefix, hostOnlyTenant.HostNames.Single()));
        Assert.Equal(plain.Name, plainTenant.UrlPrefix);
    }

    [Theory]
    [InlineData("search")]
    [InlineData("admin")]
    [InlineData("health")]
    [InlineData("sv")]
    [InlineData("default")]
    public async Task Name_the_portal_serves_at_its_root_is_refused(string name)
    {
        var (plan, problems) = await Rules.CheckAsync(NewSites.Input(name), CancellationToken.None);

        Assert.Null(plan);
        Assert.Equal($"'{name}' is reserved for the portal's own addresses; choose another.", Assert.Single(problems).ToString());
    }

    [Theory]
    [InlineData("haku")]
    [InlineData("projects")]
    [InlineData("events")]
    [InlineData("fi")]
    public async Task Name_no_route_serves_is_taken_though_the_hand_kept_list_reserved_it(string name)
    {
        var (plan, problems) = await Rules.CheckAsync(NewSites.Input(name), CancellationToken.None);

        Assert.Empty(problems);
        Assert.Equal(name, plan!.Tenant.UrlPrefix);
    }

    private NewTenantRules Rules => host.Services.GetRequiredService<NewTenantRules>();
}
