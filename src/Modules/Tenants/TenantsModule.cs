using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.ContentFields;
using Verkostoportaali.Core.Audit;
using Verkostoportaali.Core.Modules;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Recipes;
using Verkostoportaali.Tenants.Administration;
using Verkostoportaali.Tenants.Api;
using Verkostoportaali.Tenants.Backups;
using Verkostoportaali.Tenants.Changes;
using Verkostoportaali.Tenants.Commands;

namespace Verkostoportaali.Tenants;

/// <summary>
/// The portal's sites: the tenant list API, the recipe step that creates tenants, and the portal administrator's
/// pages and ops commands to create, disable, enable and remove them. Portal tenant only.
/// </summary>
public sealed class TenantsModule() : Module(id: "Tenants", name: "Tenants", dependsOn: ["Taxonomies", "Users"], enabledByDefault: false)
{
    public override IEnumerable<Type> Needs() => [typeof(ITenantAccounts), typeof(IAuditLog), typeof(ITermFieldVocabularies)];

    public static readonly Permission ManageTenants = new("ManageTenants", "Create, disable and remove the portal's sites");

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddOptions<ChangeFeedOptions>().BindConfiguration(ChangeFeedOptions.Section);
        services
            .AddScoped<IRecipeStep, TenantsStep>()
            .AddScoped<IRecipeStep, FirstAdministratorStep>()
            .AddScoped<IRecipeStep, RestoreSiteStep>()
            .AddSingleton<SiteExport>()
            .AddSingleton<SiteImport>()
            .AddSingleton<NewTenantRules>()
            .AddSingleton<TenantRemoval>()
            .AddSingleton<TenantAudit>()
            .AddSingleton<TenantAdministration>()
            .AddSingleton<RegistryReload>()
            .AddSingleton<ChangeNudge>()
            .AddSingleton<ChangeFeed>()
            .AddHostedService(services => services.GetRequiredService<ChangeFeed>());
    }

    public override void MapEndpoints(IEndpointRouteBuilder routes) => routes.MapTenantsApi();

    public override IEnumerable<Permission> Permissions() => [ManageTenants];

    // The role exists on the portal only, and is what it is for; it opens the admin to reach the pages.
    public override IEnumerable<RoleDefaults> DefaultRoles() =>
        [new(PortalRoles.PortalAdministrator, ManageTenants, CorePermissions.AccessAdmin)];

    public override IEnumerable<NavigationLink> AdminNavigation() => [new("Sites", "/admin/sivustot", 90, ManageTenants)];

    public override IEnumerable<Command> Commands(WebApplication app) => [TenantsCommand.Create(app.Services)];
}
