using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Verkostoportaali.Core.Security;

/// <summary>The names of the permissions a user's roles grant in the current tenant; implemented by the Users module.</summary>
public interface IPermissionGrants
{
    Task<IReadOnlySet<string>> GrantedToAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default);

    /// <summary>Gives the tenant's existing default roles what a module enabled after them grants them by default.</summary>
    Task GrantDefaultsAsync(Modules.Module module, CancellationToken cancellationToken = default);
}

/// <summary>The grants of a portal without the Users module: none, so that nothing a permission guards is open.</summary>
internal sealed class NoPermissionGrants : IPermissionGrants
{
    public Task<IReadOnlySet<string>> GrantedToAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlySet<string>>(new HashSet<string>());

    public Task GrantDefaultsAsync(Modules.Module module, CancellationToken cancellationToken = default) => Task.CompletedTask;
}

/// <summary>Requires a permission: <c>[RequirePermission("ManageUsers")]</c> on a page, or <c>.RequireAuthorization(new RequirePermissionAttribute(...))</c>.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequirePermissionAttribute(string permission) : AuthorizeAttribute(PermissionPolicies.Prefix + permission);

public sealed record PermissionRequirement(Permission Permission) : IAuthorizationRequirement;

public static class PermissionChecks
{
    /// <summary>Whether the user holds the permission in the current tenant, e.g. to show a link or a button.</summary>
    public static async Task<bool> HasPermissionAsync(this IAuthorizationService authorization, ClaimsPrincipal user, Permission permission) =>
        (await authorization.AuthorizeAsync(user, null, new PermissionRequirement(permission))).Succeeded;
}

/// <summary>Makes the policy "Permission:X" on demand, so that modules need not register one policy per permission.</summary>
internal sealed class PermissionPolicies(IOptions<AuthorizationOptions> options, PermissionCatalog catalog)
    : DefaultAuthorizationPolicyProvider(options)
{
    public const string Prefix = "Permission:";

    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (!policyName.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return await base.GetPolicyAsync(policyName);
        }
        var permission = catalog.Find(policyName[Prefix.Length..])
            ?? throw new InvalidOperationException($"No module declares the permission '{policyName[Prefix.Length..]}'.");
        return new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(new PermissionRequirement(permission)).Build();
    }
}

internal sealed class PermissionHandler(IPermissionGrants grants) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated == true
            && requirement.Permission.IsGrantedBy(await grants.GrantedToAsync(context.User)))
        {
            context.Succeed(requirement);
        }
    }
}
