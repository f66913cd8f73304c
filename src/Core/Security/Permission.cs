namespace Verkostoportaali.Core.Security;

/// <summary>
/// Something a role may be allowed to do. <paramref name="Description"/> is a msgid shown in the role editor;
/// a user holding any permission in <paramref name="ImpliedBy"/> holds this one too.
/// </summary>
public sealed record Permission(string Name, string Description, params Permission[] ImpliedBy)
{
    /// <summary>Whether the granted permission names include this permission or one that implies it.</summary>
    public bool IsGrantedBy(IReadOnlySet<string> granted) =>
        granted.Contains(Name) || ImpliedBy.Any(p => p.IsGrantedBy(granted));

    public override string ToString() => Name;
}

/// <summary>The permissions a module gives one of the default roles when a tenant is set up.</summary>
public sealed record RoleDefaults(string Role, params Permission[] Permissions);

/// <summary>The default roles of every tenant, and the portal's own role.</summary>
public static class PortalRoles
{
    public const string Administrator = "Administrator";
    public const string Editor = "Editor";
    public const string Author = "Author";
    public const string Contributor = "Contributor";
    /// <summary>Exists only on the portal (Default) tenant: manages the other tenants.</summary>
    public const string PortalAdministrator = "PortalAdministrator";

    public static readonly IReadOnlyList<string> TenantRoles = [Administrator, Editor, Author, Contributor];
}

/// <summary>Permissions of the kernel itself, used by several modules.</summary>
public static class CorePermissions
{
    public static readonly Permission AccessAdmin = new("AccessAdmin", "Open the administration");
}
