namespace Verkostoportaali.Core.Audit;

/// <summary>What happened, to what: <c>new("Published", "Event", item.ContentItemId, item.DisplayText)</c>.</summary>
public sealed record AuditEvent(string Action, string SubjectType, string SubjectId, string? Description = null);

/// <summary>
/// The tenant's audit trail; implemented by the AuditTrail module. <see cref="Add"/> records who and when, and adds
/// the row to the tenant database's unit of work, so that it is saved with the change it describes.
/// </summary>
public interface IAuditLog
{
    void Add(AuditEvent auditEvent);
}

/// <summary>The audit trail of a portal without the AuditTrail module: records nothing.</summary>
internal sealed class NoAuditLog : IAuditLog
{
    public void Add(AuditEvent auditEvent)
    {
    }
}
