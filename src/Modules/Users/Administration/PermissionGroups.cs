using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Modules;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Users.Administration;

/// <summary>
/// A heading of the role editor and its permissions. <paramref name="Title"/> is a msgid, or a content type's label
/// when <paramref name="TypeLabel"/> is set, which the per-type descriptions then take as {0}. The descriptions are
/// msgids of <paramref name="DeclaredBy"/>'s module (a module's own permissions), else of the kernel's.
/// </summary>
public sealed record PermissionGroup(string Title, string? TypeLabel, IReadOnlyList<Permission> Permissions, Type? DeclaredBy = null);

/// <summary>The permissions of a tenant, as <see cref="PermissionCatalog.For"/> lists them, grouped by module and content type.</summary>
public sealed class PermissionGroups(PermissionCatalog catalog, ModuleCatalog modules, ContentDefinitionStore definitions, TenantContext tenant)
{
    public async Task<IReadOnlyList<PermissionGroup>> ListAsync(string language, CancellationToken cancellationToken)
    {
        var types = await definitions.ListAsync(cancellationToken);
        var all = catalog.For(tenant.Tenant, types).DistinctBy(p => p.Name).ToList();
        var typeOf = types.SelectMany(t => ContentPermissions.ForType(t.Name).Select(p => (p.Name, Type: t)))
            .DistinctBy(p => p.Name).ToDictionary(p => p.Name, p => p.Type);
        var moduleOf = modules.Modules.SelectMany(m => m.Permissions().Select(p => (p.Name, Module: m)))
            .DistinctBy(p => p.Name).ToDictionary(p => p.Name, p => p.Module);
        return
        [
            new(GeneralMsgid(), null, [.. all.Where(p => !typeOf.ContainsKey(p.Name) && !moduleOf.ContainsKey(p.Name))]),
            .. all.Where(p => moduleOf.ContainsKey(p.Name)).GroupBy(p => moduleOf[p.Name])
                .Select(g => new PermissionGroup(ModuleMsgid(g.Key.Name), null, [.. g], g.Key.GetType())),
            .. all.Where(p => typeOf.ContainsKey(p.Name)).GroupBy(p => typeOf[p.Name].Label.For(language))
                .Select(g => new PermissionGroup(g.Key, g.Key, [.. g]))
                .OrderBy(g => g.Title, StringComparer.CurrentCultureIgnoreCase),
        ];
    }

    private static string GeneralMsgid() => "General";

    // Module names as headings the PO extraction sees; a module not listed here is headed by its name untranslated.
    private static string ModuleMsgid(string module) => module switch
    {
        "Contents" => "Contents",
        "Taxonomies" => "Taxonomies",
        "Projects" => "Projects",
        "Networks" => "Networks",
        "Providers" => "Providers",
        "Events" => "Events",
        "Articles" => "Articles",
        "Search" => "Search",
        "Users" => "Users",
        "Audit trail" => "Audit trail",
        "Tenants" => "Tenants",
        "Statements" => "Statements",
        "Mail" => "Mail",
        _ => module,
    };

    /// <summary>The names of every permission the role editor offers in this tenant.</summary>
    public static IReadOnlySet<string> NamesIn(IEnumerable<PermissionGroup> groups) =>
        groups.SelectMany(g => g.Permissions).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
}
