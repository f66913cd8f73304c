using Microsoft.Extensions.DependencyInjection;

namespace Verkostoportaali.Core.Tenancy;

/// <summary>Creates a service scope bound to one tenant, for work outside a request (setup, background jobs, commands).</summary>
public sealed class TenantScopes(IServiceScopeFactory scopeFactory)
{
    public AsyncServiceScope Create(Tenant tenant)
    {
        var scope = scopeFactory.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant);
        return scope;
    }
}
