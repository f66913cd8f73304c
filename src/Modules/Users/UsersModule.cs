using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Audit;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Messaging;
using Verkostoportaali.Core.Modules;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Data;
using Verkostoportaali.Recipes;
using Verkostoportaali.Users.Accounts;
using Verkostoportaali.Users.Administration;
using Verkostoportaali.Users.Invitations;
using Verkostoportaali.Users.Language;
using Verkostoportaali.Users.Notifications;
using Verkostoportaali.Users.Recipes;
using Verkostoportaali.Users.Security;
using Verkostoportaali.Users.Sites;

namespace Verkostoportaali.Users;

/// <summary>Accounts per tenant with ASP.NET Core Identity: login, the user and role admin, each user's own account page.</summary>
public sealed class UsersModule() : Module(id: "Users", name: "Users", dependsOn: ["Mail"])
{
    public override IEnumerable<Type> Provides() => [typeof(IPermissionGrants), typeof(ITenantAccounts), typeof(INotificationRecipients)];

    public override IEnumerable<Type> Needs() => [typeof(IAuditLog), typeof(IMailOutbox)];

    public override IEnumerable<MigrationStep> Migrations() => UsersMigrations.Steps;

    public static readonly Permission ManageUsers = new("ManageUsers", "Manage users and their roles");
    public static readonly Permission ManageRoles = new("ManageRoles", "Manage roles and their permissions");

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddTenantIdentity();
        services.AddTenantModel<IdentityTables>();
        services.AddTenantModel<NotificationOptOutTable>();
        services.AddOptions<LoginRateLimitOptions>().BindConfiguration(LoginRateLimitOptions.Section);
        services.AddRateLimiter(options => options.AddPolicy<string, LoginRateLimit>(LoginRateLimit.Name));
        services.AddOptions<LoginThrottleOptions>().BindConfiguration(LoginThrottleOptions.Section);
        services.AddSingleton<LoginThrottle>();
        services.AddScoped<PasswordLogin>();
        services.AddScoped<PasswordResetMail>();
        services.AddScoped<InvitationMail>();
        services.AddScoped<WelcomeMail>();
        services.AddScoped<EmailChangeMail>();
        services.AddScoped<INotificationRecipients, NotificationRecipients>();
        services.AddScoped<NotificationSettings>();
        services.Configure<MvcOptions>(options => options.Filters.Add<AdminLanguage>());
        services.AddScoped<IRecipeStep, AdminUserStep>();
        services.AddScoped<IRecipeStep, RolesStep>();
        services.AddScoped<IRecipeStep, UsersStep>();
        services.AddScoped<IRecipeStep, DemoAccountsStep>();
        services.AddScoped<IPermissionGrants, RolePermissions>();
        services.AddScoped<DefaultRoles>();
        services.AddSingleton<FirstPasswords>();
        services.AddScoped<ITenantAccounts, TenantAccounts>();
        services.AddScoped<AuditedTransaction>();
        services.AddScoped<UserChanges>();
        services.AddScoped<GrantRules>();
        services.AddScoped<RoleChanges>();
        services.AddScoped<PermissionGroups>();
        services.AddSingleton<SiteAdministrators>();
    }

    public override IEnumerable<Permission> Permissions() => [ManageUsers, ManageRoles];

    public override IEnumerable<NavigationLink> AdminNavigation() =>
    [
        new("Users", "/admin/kayttajat", 80, ManageUsers),
        new("Roles", "/admin/roolit", 85, ManageRoles),
    ];

    public override IEnumerable<Command> Commands(WebApplication app) => [InviteCommand.Create(app.Services)];
}
