using Verkostoportaali.Core.Audit;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Modules;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Messaging;

namespace Verkostoportaali.Statements.PersonalData;

/// <summary>
/// What every form of the site keeps about one e-mail address, from the modules enabled in the tenant, and its erasure
/// in one save with its audit entry, so that the data and the record of its deletion go together.
/// </summary>
public sealed class PersonalDataSearch(IEnumerable<IPersonalData> sources, ModuleCatalog catalog, TenantContext tenant, TenantDbContext db, IAuditLog audit)
{
    public const string AdminPath = "/admin/henkilotiedot";

    private IEnumerable<IPersonalData> Enabled => sources.Where(s => catalog.RunsIn(s, tenant.Tenant));

    public IEnumerable<string> PrivacySections => Enabled.Select(s => s.PrivacySection);

    public async Task<IReadOnlyList<PersonalRecord>> FindAsync(string email, CancellationToken cancellationToken = default)
    {
        var records = new List<PersonalRecord>();
        foreach (var source in Enabled)
        {
            records.AddRange(await source.FindAsync(email, cancellationToken));
        }
        return [.. records.OrderBy(r => r.Created)];
    }

    /// <summary>Deletes everything found for the address; returns how many records.</summary>
    public async Task<int> EraseAsync(string email, CancellationToken cancellationToken = default)
    {
        var deleted = 0;
        foreach (var source in Enabled)
        {
            deleted += await source.DeleteAsync(email, cancellationToken);
        }
        // The address itself is not written to the trail: that would keep the personal data just erased.
        audit.Add(new AuditEvent("PersonalDataErased", "PersonalData", "", $"{deleted}"));
        await db.SaveChangesAsync(cancellationToken);
        return deleted;
    }
}
