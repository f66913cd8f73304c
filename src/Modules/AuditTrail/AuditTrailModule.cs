using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Audit;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Modules;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Data;

namespace Verkostoportaali.AuditTrail;

/// <summary>Who created, published, unpublished or removed what, who changed users and roles, and on the portal who changed its sites; listed in the admin.</summary>
public sealed class AuditTrailModule() : Module(id: Feature, name: "Audit trail", dependsOn: ["Users"])
{
    public override IEnumerable<Type> Provides() => [typeof(IAuditLog)];

    public override IEnumerable<MigrationStep> Migrations() => AuditTrailMigrations.Steps;

    public const string Feature = "AuditTrail";

    public static readonly Permission ViewAuditTrail = new("ViewAuditTrail", "View the audit trail");

    public override void ConfigureServices(IServiceCollection services) => services
        .AddHttpContextAccessor()
        .AddTenantModel<AuditEntryTable>()
        .AddScoped<IAuditLog, TenantAuditLog>()
        .AddContentHandler<ContentAudit>();

    public override IEnumerable<Permission> Permissions() => [ViewAuditTrail];

    public override IEnumerable<NavigationLink> AdminNavigation() => [new("Audit trail", "/admin/auditointi", 90, ViewAuditTrail)];
}
