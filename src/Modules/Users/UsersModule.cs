using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Modules;
using Verkostoportaali.Core.Recipes;
using Verkostoportaali.Core.Security;

namespace Verkostoportaali.Users;

/// <summary>Accounts per tenant with ASP.NET Core Identity: stores in the tenant database, login, the admin account.</summary>
public sealed class UsersModule() : Module(id: "Users", name: "Users")
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddIdentityCore<IdentityUser>(options =>
            {
                options.Password.RequiredLength = 12;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<TenantDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<TenantClaimsPrincipalFactory>();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(TenantCookies.Configure);
        services.AddTenantModel<IdentityTables>();
        services.AddScoped<IRecipeStep, AdminUserStep>();
        services.AddScoped<IPermissionGrants, RolePermissions>();
        services.AddScoped<DefaultRoles>();
        services.AddScoped<ITenantAccounts, TenantAccounts>();
    }
}
