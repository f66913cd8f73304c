using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Verkostoportaali.Core.Content;

namespace Verkostoportaali.Core.Security;

public enum ContentOperation { Edit, Publish, Delete }

/// <summary>
/// Edit / publish / delete, each for one's own items or for all, for every type (EditContent) or one type
/// (Edit_Event). "All" implies "own", and an every-type permission implies the per-type one.
/// </summary>
public static class ContentPermissions
{
    public static readonly Permission Edit = new("EditContent", "Edit anyone's content");
    public static readonly Permission EditOwn = new("EditOwnContent", "Edit own content", Edit);
    public static readonly Permission Publish = new("PublishContent", "Publish anyone's content");
    public static readonly Permission PublishOwn = new("PublishOwnContent", "Publish own content", Publish);
    public static readonly Permission Delete = new("DeleteContent", "Delete anyone's content");
    public static readonly Permission DeleteOwn = new("DeleteOwnContent", "Delete own content", Delete);

    public static IEnumerable<Permission> Global => [Edit, EditOwn, Publish, PublishOwn, Delete, DeleteOwn];

    internal static IEnumerable<RoleDefaults> DefaultRoles =>
    [
        new(PortalRoles.Editor, CorePermissions.AccessAdmin, Edit, Publish, Delete),
        new(PortalRoles.Author, CorePermissions.AccessAdmin, EditOwn, PublishOwn, DeleteOwn),
        new(PortalRoles.Contributor, CorePermissions.AccessAdmin, EditOwn),
    ];

    /// <summary>The permission for an operation on a type, for one's own items or for all items.</summary>
    public static Permission For(string contentType, ContentOperation operation, bool own)
    {
        var (all, ownGlobal) = operation switch
        {
            ContentOperation.Edit => (Edit, EditOwn),
            ContentOperation.Publish => (Publish, PublishOwn),
            _ => (Delete, DeleteOwn),
        };
        var allOfType = new Permission($"{operation}_{contentType}", Description(operation, own: false), all);
        return own ? new Permission($"{operation}Own_{contentType}", Description(operation, own: true), allOfType, ownGlobal) : allOfType;
    }

    // Whole sentences rather than "{operation} own {0}", so that each is a msgid the PO extraction finds.
    private static string Description(ContentOperation operation, bool own) => (operation, own) switch
    {
        (ContentOperation.Edit, false) => "Edit anyone's {0}",
        (ContentOperation.Edit, true) => "Edit own {0}",
        (ContentOperation.Publish, false) => "Publish anyone's {0}",
        (ContentOperation.Publish, true) => "Publish own {0}",
        (_, false) => "Delete anyone's {0}",
        _ => "Delete own {0}",
    };

    /// <summary>The six permissions of one type, for the role editor; their descriptions take the type's label as {0}.</summary>
    public static IEnumerable<Permission> ForType(string contentType) =>
        Enum.GetValues<ContentOperation>().SelectMany(o => new[] { For(contentType, o, own: true), For(contentType, o, own: false) });

    internal static Permission? Parse(string name)
    {
        var separator = name.IndexOf('_', StringComparison.Ordinal);
        if (separator <= 0 || separator == name.Length - 1)
        {
            return null;
        }
        var (prefix, type) = (name[..separator], name[(separator + 1)..]);
        var own = prefix.EndsWith("Own", StringComparison.Ordinal);
        var operationName = own ? prefix[..^3] : prefix;
        return Enum.GetValues<ContentOperation>().Where(o => o.ToString() == operationName)
            .Select(o => For(type, o, own)).FirstOrDefault();
    }
}

/// <summary>Requirement for <c>authorization.AuthorizeAsync(user, contentItem, new ContentRequirement(ContentOperation.Publish))</c>.</summary>
public sealed record ContentRequirement(ContentOperation Operation) : IAuthorizationRequirement;

/// <summary>Grants an operation on an item by the per-type permission, using the "own" one when the user owns the item.</summary>
internal sealed class ContentAuthorizationHandler(IPermissionGrants grants) : AuthorizationHandler<ContentRequirement, ContentItem>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ContentRequirement requirement, ContentItem item)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return;
        }
        var own = item.Owner is not null && item.Owner == context.User.FindFirstValue(ClaimTypes.Name);
        var granted = await grants.GrantedToAsync(context.User);
        if (ContentPermissions.For(item.ContentType, requirement.Operation, own).IsGrantedBy(granted))
        {
            context.Succeed(requirement);
        }
    }
}
