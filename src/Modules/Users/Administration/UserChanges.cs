using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Verkostoportaali.Core.Audit;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Users.Notifications;

namespace Verkostoportaali.Users.Administration;

/// <summary>
/// What an administrator (or a recipe) does to accounts, each audited in the change's own transaction; no change
/// may leave the tenant without an Administrator who can log in.
/// </summary>
public sealed class UserChanges(
    UserManager<IdentityUser> users,
    RoleManager<IdentityRole> roles,
    AuditedTransaction transaction,
    NotificationSettings notifications,
    TimeProvider clock,
    IStringLocalizer<UserChanges> T)
{
    public const string SubjectType = "User";

    public Task<IdentityResult> CreateAsync(NewAccount account, CancellationToken cancellationToken) => CreateAsync(account, welcome: null, cancellationToken);

    /// <summary>A new account with a password; <paramref name="welcome"/> adds, in the same transaction, a mail to its user.</summary>
    public async Task<IdentityResult> CreateAsync(NewAccount account, Action<IdentityUser>? welcome, CancellationToken cancellationToken)
    {
        if (await UnknownRoleAsync(account.Roles) is { } unknown)
        {
            return unknown;
        }
        var user = new IdentityUser(account.UserName) { Email = account.Email, EmailConfirmed = account.Email is not null };
        return await transaction.RunAsync(new AuditEvent(AuditActions.UserCreated, SubjectType, account.UserName, string.Join(", ", account.Roles)),
            () => AuditedTransaction.AllAsync(() => users.CreateAsync(user, account.Password), () => users.AddToRolesAsync(user, account.Roles), () =>
            {
                welcome?.Invoke(user);
                return Task.FromResult(IdentityResult.Success);
            }),
            cancellationToken);
    }

    /// <summary>
    /// Gives the account a new address at once, as an administrator does; <paramref name="notice"/> adds, in the same
    /// transaction, the mail that tells the old address. A new security stamp ends links mailed to the old address.
    /// </summary>
    public Task<IdentityResult> SetEmailAsync(IdentityUser user, string email, Action<string> notice, CancellationToken cancellationToken)
    {
        var old = user.Email;
        return transaction.RunAsync(new AuditEvent(AuditActions.UserEmailChanged, SubjectType, user.UserName!, $"{old} → {email}"), async () =>
        {
            user.Email = email;
            user.EmailConfirmed = true;
            await users.UpdateNormalizedEmailAsync(user);
            var result = await users.UpdateSecurityStampAsync(user);
            if (result.Succeeded && !string.IsNullOrEmpty(old))
            {
                notice(old);
            }
            return result;
        }, cancellationToken);
    }

    /// <summary>An account without a password; <paramref name="invite"/> adds, in the same transaction, the mail with which its user sets one.</summary>
    public async Task<IdentityResult> InviteAsync(IdentityUser user, IReadOnlyList<string> roles, Func<IdentityUser, Task> invite,
        CancellationToken cancellationToken)
    {
        if (await UnknownRoleAsync(roles) is { } unknown)
        {
            return unknown;
        }
        return await transaction.RunAsync(new AuditEvent(AuditActions.UserInvited, SubjectType, user.UserName!, $"{user.Email}: {string.Join(", ", roles)}"),
            () => AuditedTransaction.AllAsync(() => users.CreateAsync(user), () => users.AddToRolesAsync(user, roles), async () =>
            {
                await invite(user);
                return IdentityResult.Success;
            }),
            cancellationToken);
    }

    public async Task<IdentityResult> SetRolesAsync(IdentityUser user, IReadOnlyCollection<string> wanted, CancellationToken cancellationToken)
    {
        if (await UnknownRoleAsync(wanted) is { } unknown)
        {
            return unknown;
        }
        var current = await users.GetRolesAsync(user);
        var removed = current.Except(wanted, StringComparer.Ordinal).ToList();
        var added = wanted.Except(current, StringComparer.Ordinal).ToList();
        if (removed.Contains(PortalRoles.Administrator) && await IsLastAdministratorAsync(user))
        {
            return Refused(T["{0} is the only Administrator who can log in; the role cannot be removed.", user.UserName!]);
        }
        return await transaction.RunAsync(new AuditEvent(AuditActions.UserRolesChanged, SubjectType, user.UserName!, string.Join(", ", wanted.Order())),
            () => AuditedTransaction.AllAsync(() => users.RemoveFromRolesAsync(user, removed), () => users.AddToRolesAsync(user, added)),
            cancellationToken);
    }

    public async Task<IdentityResult> LockAsync(IdentityUser user, ClaimsPrincipal actor, CancellationToken cancellationToken)
    {
        if (GrantRules.IsSelf(user, actor))
        {
            return Refused(T["You cannot lock your own account."]);
        }
        if (await IsLastAdministratorAsync(user))
        {
            return Refused(T["{0} is the only Administrator who can log in and cannot be locked.", user.UserName!]);
        }
        // A new security stamp ends the user's sessions at their next request.
        return await transaction.RunAsync(new AuditEvent(AuditActions.UserLocked, SubjectType, user.UserName!),
            () => AuditedTransaction.AllAsync(() => users.SetLockoutEnabledAsync(user, true),
                () => users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue), () => users.UpdateSecurityStampAsync(user)),
            cancellationToken);
    }

    public Task<IdentityResult> UnlockAsync(IdentityUser user, CancellationToken cancellationToken) =>
        transaction.RunAsync(new AuditEvent(AuditActions.UserUnlocked, SubjectType, user.UserName!),
            () => AuditedTransaction.AllAsync(() => users.SetLockoutEndDateAsync(user, null), () => users.ResetAccessFailedCountAsync(user)),
            cancellationToken);

    public async Task<IdentityResult> DeleteAsync(IdentityUser user, ClaimsPrincipal actor, CancellationToken cancellationToken)
    {
        if (GrantRules.IsSelf(user, actor))
        {
            return Refused(T["You cannot delete your own account."]);
        }
        if (await IsLastAdministratorAsync(user))
        {
            return Refused(T["{0} is the only Administrator who can log in and cannot be deleted.", user.UserName!]);
        }
        // The tenant model maps no cascades, so the user's roles and claims go first.
        var userRoles = await users.GetRolesAsync(user);
        var claims = await users.GetClaimsAsync(user);
        return await transaction.RunAsync(new AuditEvent(AuditActions.UserDeleted, SubjectType, user.UserName!, user.Email),
            () => AuditedTransaction.AllAsync(() => users.RemoveFromRolesAsync(user, userRoles),
                () => users.RemoveClaimsAsync(user, claims), async () =>
                {
                    await notifications.DeleteOfAsync(user.Id, cancellationToken);
                    return IdentityResult.Success;
                }, () => users.DeleteAsync(user)),
            cancellationToken);
    }

    public static bool IsLocked(IdentityUser user, TimeProvider clock) => user.LockoutEnd > clock.GetUtcNow();

    private async Task<bool> IsLastAdministratorAsync(IdentityUser user)
    {
        if (!await users.IsInRoleAsync(user, PortalRoles.Administrator))
        {
            return false;
        }
        var administrators = await users.GetUsersInRoleAsync(PortalRoles.Administrator);
        return !administrators.Any(a => a.Id != user.Id && !IsLocked(a, clock));
    }

    private async Task<IdentityResult?> UnknownRoleAsync(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            if (!await roles.RoleExistsAsync(name))
            {
                return Refused(T["There is no role named {0}.", name]);
            }
        }
        return null;
    }

    private static IdentityResult Refused(string description) => IdentityResult.Failed(new IdentityError { Code = "Refused", Description = description });
}
