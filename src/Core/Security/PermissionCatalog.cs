using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Modules;

namespace Verkostoportaali.Core.Security;

/// <summary>Every permission the modules declare, and what each default role gets; content-type permissions are made per type.</summary>
public sealed class PermissionCatalog(ModuleCatalog modules)
{
    private readonly Lazy<Dictionary<string, Permission>> declared = new(() =>
        modules.Modules.SelectMany(m => m.Permissions()).Concat([CorePermissions.AccessAdmin])
            .Concat(ContentPermissions.Global).DistinctBy(p => p.Name).ToDictionary(p => p.Name));

    /// <summary>The permissions of the modules a tenant has enabled, plus the per-type ones of its content types.</summary>
    public IReadOnlyList<Permission> For(Tenancy.Tenant tenant, IEnumerable<ContentTypeDefinition> types) =>
    [
        CorePermissions.AccessAdmin,
        .. ContentPermissions.Global,
        .. modules.Modules.Where(m => tenant.HasFeature(m.Id)).SelectMany(m => m.Permissions()),
        .. types.SelectMany(t => ContentPermissions.ForType(t.Name)),
    ];

    /// <summary>A declared permission or a per-type content permission, by name; null when there is none.</summary>
    public Permission? Find(string name) =>
        declared.Value.GetValueOrDefault(name) ?? ContentPermissions.Parse(name);

    /// <summary>
    /// The names of the permissions a default role starts with in a tenant with these features: an Administrator
    /// gets every permission of the tenant's modules, the other roles what the modules' defaults give them.
    /// </summary>
    public IReadOnlySet<string> DefaultsFor(string role, Tenancy.Tenant tenant) => role == PortalRoles.Administrator
        ? For(tenant, []).Select(p => p.Name).ToHashSet()
        : modules.Modules.Where(m => tenant.HasFeature(m.Id)).SelectMany(m => m.DefaultRoles())
            .Concat(ContentPermissions.DefaultRoles)
            .Where(d => d.Role == role).SelectMany(d => d.Permissions).Select(p => p.Name).ToHashSet();
}
