using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Verkostoportaali.Core.Audit;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Tenants.Administration;

/// <summary>
/// Records what the portal administrator did to a site in the portal's own audit trail: who (the signed-in user, or
/// "system" for an ops command), when, what, and the site's name as the subject. The registry is in the host database
/// and the trail in the portal's, so they cannot share a transaction: the entry is written once the change is done,
/// and a failure to write it is logged rather than undoing a change that has already happened.
/// </summary>
public sealed class TenantAudit(TenantRegistry registry, TenantScopes scopes, ILogger<TenantAudit> logger)
{
    public const string SubjectType = "Tenant";
    public const string Created = "TenantCreated";
    public const string Disabled = "TenantDisabled";
    public const string Enabled = "TenantEnabled";
    public const string Removed = "TenantRemoved";
    public const string Imported = "TenantImported";

    public async Task RecordAsync(string action, Tenant site)
    {
        try
        {
            await using var scope = scopes.Create(registry.Find(TenantName.Default) ?? throw new TenantException("The portal is not set up."));
            // Null where the app runs without the audit trail module.
            if (scope.ServiceProvider.GetService<IAuditLog>() is not { } audit)
            {
                return;
            }
            audit.Add(new AuditEvent(action, SubjectType, site.Name, site.DisplayName));
            // Not cancellable: the change is made, and its record must follow it even if the request is gone.
            await scope.ServiceProvider.GetRequiredService<TenantDbContext>().SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Site {Tenant}: {Action} was done, but its audit entry could not be saved.", site.Name, action);
        }
    }
}
