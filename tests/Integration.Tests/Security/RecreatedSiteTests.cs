using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Tenants.Administration;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Integration.Tests.Security;

/// <summary>A site removed and created again under the same name is a new site: nothing signed in to the old one counts there.</summary>
[Collection(PortalCollection.Name)]
public sealed class RecreatedSiteTests(PortalHost host)
{
    [Fact]
    public async Task Cookie_of_a_removed_site_does_not_sign_in_to_a_new_site_of_the_same_name_even_with_the_same_account_restored()
    {
        var old = await IsolatedSite.CreateAsync(host);
        var (_, cookie) = await old.LogInAsync();
        var account = await AccountAsync(old.Tenant);
        var administration = host.Services.GetRequiredService<TenantAdministration>();
        Assert.Null(await administration.DisableAsync(old.Tenant.Name, CancellationToken.None));
        Assert.Null(await administration.RemoveAsync(old.Tenant.Name, CancellationToken.None));

        var tenant = await host.CreateSiteAsync(t => t with { Name = old.Tenant.Name, UrlPrefix = old.Tenant.Name });
        var recreated = new IsolatedSite(host, tenant, "", "");
        await RestoreAsync(tenant, account);
        var replay = new HttpRequestMessage(HttpMethod.Get, recreated.Url("admin"));
        replay.Headers.Add("Cookie", $"{recreated.AuthCookie}={cookie}");
        var replayed = await recreated.NewClient().SendAsync(replay);
        var (signedIn, _) = await recreated.LogInAsync();
        var fresh = await signedIn.GetAsync(recreated.Url("admin"));

        Assert.NotEqual(old.Tenant.CreatedUtc, tenant.CreatedUtc);
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.Contains(recreated.Url("login"), replayed.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
    }

    private Task<(string Id, string Stamp)> AccountAsync(Tenant tenant) =>
        host.InTenantAsync<UserManager<IdentityUser>, (string, string)>(tenant, async users =>
        {
            var user = (await users.FindByNameAsync(IsolatedSite.Admin))!;
            return (user.Id, user.SecurityStamp!);
        });

    // As a restored backup would have it: the new site's account has the old one's id and security stamp, so that
    // only the site's own identity tells the old ticket from a new one.
    private async Task RestoreAsync(Tenant tenant, (string Id, string Stamp) account)
    {
        // The default roles are made with a site's first account.
        await TenantUsers.AddAsync(host.Services, tenant, "toinen-admin", "Administrator");
        await using var scope = host.Services.GetRequiredService<TenantScopes>().Create(tenant);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = new IdentityUser(IsolatedSite.Admin) { Id = account.Id };
        Assert.True((await users.CreateAsync(user, TenantUsers.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, "Administrator")).Succeeded);
        await scope.ServiceProvider.GetRequiredService<TenantDbContext>().Set<IdentityUser>().Where(u => u.Id == account.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.SecurityStamp, account.Stamp));
    }
}
