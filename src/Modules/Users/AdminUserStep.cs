using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Recipes;

namespace Verkostoportaali.Users;

/// <summary>
/// <c>{ "name": "AdminUser" }</c>: the tenant's first Administrator, named by <c>Portal:AdminUser</c> with
/// <c>Portal:AdminPassword</c>. Without a password, a strong one is generated and kept in <see cref="FirstPasswords"/>.
/// </summary>
internal sealed class AdminUserStep(UserManager<IdentityUser> users, DefaultRoles roles, FirstPasswords passwords, IOptions<PortalOptions> options)
    : RecipeStep<AdminUserStep.Data>("AdminUser")
{
    public sealed record Data;

    private const string DefaultUserName = "admin";

    public static string UserNameOf(PortalOptions options) =>
        string.IsNullOrWhiteSpace(options.AdminUser) ? DefaultUserName : options.AdminUser.Trim();

    protected override async Task ExecuteAsync(Data step, RecipeContext context, CancellationToken cancellationToken)
    {
        var userName = UserNameOf(options.Value);
        if (await users.FindByNameAsync(userName) is not null)
        {
            return;
        }
        await roles.EnsureAsync();
        var password = options.Value.AdminPassword;
        var generated = string.IsNullOrEmpty(password);
        password = generated ? passwords.For(userName) : password!;
        var user = new IdentityUser(userName) { EmailConfirmed = true };
        DefaultRoles.Check(await users.CreateAsync(user, password));
        DefaultRoles.Check(await users.AddToRolesAsync(user, context.Tenant.Name == TenantName.Default
            ? [PortalRoles.Administrator, PortalRoles.PortalAdministrator]
            : [PortalRoles.Administrator]));
        if (generated)
        {
            await passwords.AddAsync(context.Tenant.Name, userName, password, cancellationToken);
        }
    }
}
