namespace Verkostoportaali.Users.Administration;

/// <summary>The audit trail's actions for accounts and roles; each is also a msgid, translated in the PO files.</summary>
internal static class AuditActions
{
    public const string UserCreated = "UserCreated";
    public const string UserInvited = "UserInvited";
    public const string UserDeleted = "UserDeleted";
    public const string UserLocked = "UserLocked";
    public const string UserUnlocked = "UserUnlocked";
    public const string UserRolesChanged = "UserRolesChanged";
    public const string UserEmailChanged = "UserEmailChanged";
    public const string PasswordChanged = "PasswordChanged";
    public const string RoleCreated = "RoleCreated";
    public const string RoleDeleted = "RoleDeleted";
    public const string RolePermissionsChanged = "RolePermissionsChanged";
}
