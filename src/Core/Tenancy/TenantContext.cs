namespace Verkostoportaali.Core.Tenancy;

/// <summary>The tenant of the current scope: set once per request by the resolution middleware, or by <see cref="TenantScopes"/>.</summary>
public sealed class TenantContext
{
    private Tenant? tenant;

    public Tenant Tenant => tenant ?? throw new InvalidOperationException("No tenant has been set for this scope.");

    public bool IsSet => tenant is not null;

    public void Set(Tenant value)
    {
        if (tenant is not null && tenant.Name != value.Name)
        {
            throw new InvalidOperationException($"This scope belongs to tenant '{tenant.Name}'; it cannot switch to '{value.Name}'.");
        }
        tenant = value;
    }
}
