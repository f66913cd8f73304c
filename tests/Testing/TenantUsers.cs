using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Core.Tenancy;
using Xunit;

namespace Verkostoportaali.Testing;

/// <summary>Accounts made inside one tenant as its administrator would make them, with the tenant's default roles.</summary>
public static class TenantUsers
{
    public const string Password = "Verkosto-testi-2026!";

    public static async Task AddAsync(IServiceProvider services, Tenant tenant, string userName, params string[] roles)
    {
        await using var scope = services.GetRequiredService<TenantScopes>().Create(tenant);
        var accounts = scope.ServiceProvider.GetRequiredService<ITenantAccounts>();
        var problems = await accounts.CreateAsync(new NewAccount(userName, null, Password, roles));
        Assert.True(problems.Count == 0, string.Join(" ", problems));
    }
}
