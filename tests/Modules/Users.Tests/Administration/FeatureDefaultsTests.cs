using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Modules;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Users.Tests.Administration;

/// <summary>A feature switched on in a site whose roles already exist gives them its module's default permissions.</summary>
[Collection(PortalCollection.Name)]
public sealed class FeatureDefaultsTests(PortalHost host)
{
    [Fact]
    public async Task Enabling_networks_later_gives_the_existing_roles_its_defaults_and_keeps_what_they_had()
    {
        var site = await UsersSite.CreateAsync(host);
        var before = await PermissionsAsync(site.Tenant);

        await using (var scope = host.Services.GetRequiredService<TenantScopes>().Create(site.Tenant))
        {
            var features = new HashSet<string>(site.Tenant.Features, StringComparer.Ordinal);
            await scope.ServiceProvider.GetRequiredService<FeatureEnabler>().EnableAsync(features, ["Networks"], default);
        }
        var after = await PermissionsAsync(site.Tenant);

        Assert.DoesNotContain("Editor: ManageJoinRequests", before);
        Assert.DoesNotContain("Administrator: ManageJoinRequests", before);
        Assert.Contains("Editor: ManageJoinRequests", after);
        Assert.Contains("Administrator: ManageJoinRequests", after);
        Assert.DoesNotContain("Author: ManageJoinRequests", after);
        Assert.Equal(before.Append("Administrator: ManageJoinRequests").Append("Editor: ManageJoinRequests").Order(StringComparer.Ordinal), after);
    }

    private Task<List<string>> PermissionsAsync(Tenant tenant) =>
        host.InTenantAsync<TenantDbContext, List<string>>(tenant, async db =>
        {
            var held = await (from claim in db.Set<IdentityRoleClaim<string>>()
                              join role in db.Set<IdentityRole>() on claim.RoleId equals role.Id
                              where claim.ClaimType == "Permission"
                              select role.Name + ": " + claim.ClaimValue).ToListAsync();
            return [.. held.Order(StringComparer.Ordinal)];
        });
}
