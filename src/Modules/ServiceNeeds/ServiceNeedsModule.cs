using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Modules;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Data;
using Verkostoportaali.Messaging;
using Verkostoportaali.Recipes;
using Verkostoportaali.ServiceNeeds.Demand;
using Verkostoportaali.ServiceNeeds.Pages.ServiceNeeds;
using Verkostoportaali.ServiceNeeds.Reporting;
using Verkostoportaali.ServiceNeeds.Routing;

namespace Verkostoportaali.ServiceNeeds;

/// <summary>
/// Small service needs that residents and volunteers notice, carried to providers who can do the work (seed 003,
/// Saarijärvi's "Palveleva yhteisö 2020"): a public form, a coordinator's forwarding, the providers' answers by mail
/// link, and demand counts for the municipality's service planning.
/// </summary>
public sealed class ServiceNeedsModule()
    : Module(id: Feature, name: "Service needs", dependsOn: ["Mail", "Users", "Contents", "Taxonomies", "Providers"], enabledByDefault: false)
{
    public const string Feature = "ServiceNeeds";
    public const string AdminPath = "/admin/palvelutarpeet";

    public static readonly Permission ManageServiceNeeds =
        new("ManageServiceNeeds", "Coordinate service needs: see them with the reporters' details and forward them to providers");

    public override IEnumerable<Type> Needs() => [typeof(IMailOutbox), typeof(INotificationRecipients)];

    public override IEnumerable<Type> Provides() => [typeof(IPersonalData)];

    public override IEnumerable<MigrationStep> Migrations() => ServiceNeedsMigrations.Steps;

    public override void ConfigureServices(IServiceCollection services) => services
        .AddSiteSettings<ServiceNeedSettings>()
        .AddTenantModel<ServiceNeedTables>()
        .AddTenantJob<UnansweredOffers>(Feature, TimeSpan.FromHours(1))
        .AddTenantJob<NeedPurge>(Feature, TimeSpan.FromHours(6))
        .AddScoped<NeedChoices>()
        .AddScoped<NeedMails>()
        .AddScoped<INotificationSource>(services => services.GetRequiredService<NeedMails>())
        .AddScoped<IPersonalData, NeedPersonalData>()
        .AddScoped<NeedRouting>()
        .AddScoped<ProviderMatching>()
        .AddScoped<DemandCounts>()
        .AddScoped<IRecipeStep, ExampleNeedsStep>()
        .AddPublicFormRateLimit(NewModel.RateLimit);

    public override void MapEndpoints(IEndpointRouteBuilder routes) => routes.MapDemandData();

    public override IEnumerable<NavigationLink> PublicNavigation() => [new("Report a service need", "/palvelutarpeet/uusi", 35)];

    public override IEnumerable<NavigationLink> AdminNavigation() => [new("Service needs", AdminPath, 25, ManageServiceNeeds)];

    public override IEnumerable<Permission> Permissions() => [ManageServiceNeeds];

    // The coordinator's work: a site's Editors coordinate by default (Administrators hold every permission).
    public override IEnumerable<RoleDefaults> DefaultRoles() => [new(PortalRoles.Editor, ManageServiceNeeds)];
}
