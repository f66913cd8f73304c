using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Modules;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Data;
using Verkostoportaali.Indexing;
using Verkostoportaali.Messaging;
using Verkostoportaali.Networks.Import;
using Verkostoportaali.Networks.JoinRequests;
using Verkostoportaali.Networks.Pages.Networks;
using Verkostoportaali.Networks.Search;

namespace Verkostoportaali.Networks;

/// <summary>Open free networks and visitors' requests to join them.</summary>
public sealed class NetworksModule() : Module(id: Feature, name: "Networks", dependsOn: ["Contents", "Taxonomies", "Mail", "Users"], enabledByDefault: false)
{
    public override IEnumerable<Type> Needs() => [typeof(IMailOutbox), typeof(INotificationRecipients)];

    public override IEnumerable<Type> Provides() => [typeof(IPersonalData)];

    public override IEnumerable<MigrationStep> Migrations() => NetworksMigrations.Steps;

    public const string Feature = "Networks";
    public const string NetworkType = "Network";

    public static readonly Permission ManageJoinRequests = new("ManageJoinRequests", "Read and handle requests to join networks");

    public override void ConfigureServices(IServiceCollection services) => services
        .AddContentPart<NetworkPart>()
        .AddSiteSettings<NetworkSettings>()
        .AddTenantModel<JoinRequestTable>()
        .AddTenantJob<JoinRequestPurge>(Feature, TimeSpan.FromHours(1))
        .AddScoped<NetworkDisplay>()
        .AddScoped<JoinRequestMails>()
        .AddScoped<INotificationSource>(services => services.GetRequiredService<JoinRequestMails>())
        .AddScoped<IPersonalData, JoinRequestPersonalData>()
        .AddScoped<IAdminAttention, JoinRequestAttention>()
        .AddScoped<NetworkImporter>()
        .AddSearchFields<NetworkSearchFields>()
        .AddPublicFormRateLimit(JoinModel.RateLimit);

    public override IEnumerable<NavigationLink> AdminNavigation() =>
        [new("Requests to join", JoinRequestMails.AdminPath, 20, ManageJoinRequests)];

    public override IEnumerable<Permission> Permissions() => [ManageJoinRequests];

    public override IEnumerable<RoleDefaults> DefaultRoles() => [new(PortalRoles.Editor, ManageJoinRequests)];

    public override IEnumerable<NavigationLink> PublicNavigation() => [new("Networks", "/verkostot", 20)];

    public override IEnumerable<Command> Commands(WebApplication app) => [NetworkImportCommand.Create(app.Services)];

    public override IEnumerable<ContentTypeDefinition> ContentTypes() =>
    [
        new()
        {
            Name = NetworkType,
            Label = new("Verkosto", "Nätverk", "Network"),
            Parts = ["TitlePart", "NetworkPart", "BodyPart", "ContactsPart", "TermsPart", "AutoroutePart", "LocalizationPart", "LogoPart", "LocationPart"],
        },
    ];
}
