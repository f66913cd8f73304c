using Microsoft.AspNetCore.Http;
using Verkostoportaali.Core.Audit;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.AuditTrail;

/// <summary>
/// Adds the entry to the tenant's unit of work without saving it: the change being described saves it, so an entry
/// exists exactly when its change does. Tenants without the feature record nothing.
/// </summary>
internal sealed class TenantAuditLog(TenantDbContext db, TenantContext tenant, IHttpContextAccessor http, TimeProvider clock) : IAuditLog
{
    /// <summary>The user recorded for changes made outside a request: recipes, ops commands, background jobs.</summary>
    public const string SystemUser = "system";

    public void Add(AuditEvent auditEvent)
    {
        if (!tenant.Tenant.HasFeature(AuditTrailModule.Feature))
        {
            return;
        }
        var description = auditEvent.Description;
        db.Set<AuditEntry>().Add(new AuditEntry
        {
            Tenant = tenant.Tenant.Name,
            UtcTime = clock.GetUtcNow().UtcDateTime,
            UserName = http.HttpContext?.User.Identity?.Name ?? SystemUser,
            Action = auditEvent.Action,
            SubjectType = auditEvent.SubjectType,
            SubjectId = auditEvent.SubjectId,
            Description = description?.Length > AuditEntry.MaxDescriptionLength ? description[..AuditEntry.MaxDescriptionLength] : description,
        });
    }
}
