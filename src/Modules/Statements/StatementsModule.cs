using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Audit;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Modules;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Data;
using Verkostoportaali.Messaging;
using Verkostoportaali.Statements.Accessibility;
using Verkostoportaali.Statements.Pages.Statements;
using Verkostoportaali.Statements.PersonalData;
using Verkostoportaali.Users;

namespace Verkostoportaali.Statements;

/// <summary>
/// The statements Finnish law expects of a publicly funded site: accessibility (Act 306/2019, with its feedback channel)
/// and privacy (GDPR articles 13 and 14), plus an admin's answer to a person's request to see or erase their data.
/// </summary>
public sealed class StatementsModule() : Module(id: Feature, name: "Statements", dependsOn: ["Users", "Mail"])
{
    public const string Feature = "Statements";
    public const string AccessibilityPath = "/saavutettavuus";
    public const string PrivacyPath = "/tietosuoja";
    public const string FeedbackAdminPath = "/admin/saavutettavuuspalaute";

    // Implied by ManageUsers: the Administrator roles of sites made before this module got their permissions then,
    // and who manages the site's users is its administrator.
    public static readonly Permission ManageStatements =
        new("ManageStatements", "Edit the site's statements, answer accessibility feedback and personal data requests", UsersModule.ManageUsers);

    public override IEnumerable<Type> Provides() => [typeof(IPersonalData)];

    public override IEnumerable<Type> Needs() =>
        [typeof(IMailOutbox), typeof(INotificationRecipients), typeof(IPersonalData), typeof(IAuditLog)];

    public override IEnumerable<MigrationStep> Migrations() => StatementsMigrations.Steps;

    public override void ConfigureServices(IServiceCollection services) => services
        .AddSiteSettings<StatementSettings>()
        .AddTenantModel<FeedbackTable>()
        .AddTenantJob<FeedbackReminder>(Feature, TimeSpan.FromHours(1))
        .AddSingleton<INotificationSource, FeedbackNotifications>()
        .AddScoped<IPersonalData, FeedbackPersonalData>()
        .AddScoped<IAdminAttention, FeedbackAttention>()
        .AddScoped<FeedbackMails>()
        .AddScoped<PersonalDataSearch>()
        .AddPublicFormRateLimit(AccessibilityModel.RateLimit);

    public override IEnumerable<NavigationLink> AdminNavigation() =>
    [
        new("Statements", "/admin/selosteet", 60, ManageStatements),
        new("Accessibility feedback", FeedbackAdminPath, 61, ManageStatements),
        new("Personal data requests", PersonalDataSearch.AdminPath, 62, ManageStatements),
    ];

    public override IEnumerable<Permission> Permissions() => [ManageStatements];

    public override IEnumerable<RoleDefaults> DefaultRoles() => [new(PortalRoles.Administrator, ManageStatements)];
}
