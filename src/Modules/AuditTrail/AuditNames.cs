namespace Verkostoportaali.AuditTrail;

/// <summary>
/// What the trail shows for the actions and subject types the modules record, as msgids the PO extraction sees; an
/// action or subject type not listed here is shown as it was recorded.
/// </summary>
internal static class AuditNames
{
    public static string ActionMsgid(string action) => action switch
    {
        ContentAudit.Created => "Created",
        ContentAudit.Published => "Published",
        ContentAudit.Unpublished => "Unpublished",
        ContentAudit.Removed => "Removed",
        // The Users module's actions (Verkostoportaali.Users.Administration.AuditActions).
        "UserCreated" => "User created",
        "UserInvited" => "User invited",
        "UserDeleted" => "User deleted",
        "UserLocked" => "User locked",
        "UserUnlocked" => "User unlocked",
        "UserRolesChanged" => "User's roles changed",
        "PasswordChanged" => "Password changed",
        "UserEmailChanged" => "E-mail address changed",
        "RoleCreated" => "Role created",
        "RoleDeleted" => "Role deleted",
        "RolePermissionsChanged" => "Role's permissions changed",
        // The Tenants module's actions on the portal (Verkostoportaali.Tenants.Administration.TenantAudit).
        "TenantCreated" => "Site created",
        "TenantDisabled" => "Site disabled",
        "TenantEnabled" => "Site enabled",
        "TenantRemoved" => "Site removed",
        "TenantImported" => "Site imported from an export",
        // The Statements module's erasure of a person's data (the description is how many records).
        "PersonalDataErased" => "Personal data erased",
        _ => action,
    };

    public static string SubjectTypeMsgid(string subjectType) => subjectType switch
    {
        "User" => "User",
        "Role" => "Role",
        "Tenant" => "Site",
        "PersonalData" => "Personal data",
        _ => subjectType,
    };
}
