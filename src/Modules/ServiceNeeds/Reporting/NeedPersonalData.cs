using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Verkostoportaali.Core;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Messaging;

namespace Verkostoportaali.ServiceNeeds.Reporting;

/// <summary>The service needs a person reported, by the address they gave; erasing blanks the personal fields and keeps the counts.</summary>
public sealed class NeedPersonalData(TenantDbContext db, IStringLocalizer<NeedPersonalData> T, TimeProvider clock) : IPersonalData
{
    public string PrivacySection => "/Pages/ServiceNeeds/_PrivacySection.cshtml";

    public async Task<IReadOnlyList<PersonalRecord>> FindAsync(string email, CancellationToken cancellationToken = default)
    {
        var found = await Of(email).AsNoTracking().OrderBy(n => n.CreatedUtc).ToListAsync(cancellationToken);
        return [.. found.Select(n => new PersonalRecord(T["Service need {0}", n.Reference], HelsinkiTime.ToLocal(n.CreatedUtc),
        [
            new(T["Description"], n.Description ?? ""),
            new(T["Address"], n.Address ?? ""),
            new(T["The person the need is for"], n.PersonName ?? ""),
            new(T["Name"], n.ContactName ?? ""),
            new(T["E-mail"], n.Email ?? ""),
            new(T["Phone"], n.Phone ?? ""),
            new(T["Feedback"], n.Feedback ?? ""),
        ]))];
    }

    public async Task<int> DeleteAsync(string email, CancellationToken cancellationToken = default)
    {
        var found = await Of(email).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var need in found)
        {
            Erase(need, now);
        }
        return found.Count;
    }

    /// <summary>Blanks what identifies a person; the service field, place, dates and outcome stay for the counts.</summary>
    public static void Erase(ServiceNeed need, DateTime nowUtc)
    {
        (need.Description, need.Address, need.PersonName, need.ContactName, need.Email, need.Phone, need.Feedback) =
            (null, null, null, null, null, null, null);
        need.PersonalDataDeletedUtc = nowUtc;
    }

    // Addresses are stored as typed; a person asks with theirs in any case.
    private IQueryable<ServiceNeed> Of(string email) =>
        db.Set<ServiceNeed>().Where(n => n.Email != null && n.Email.ToLower() == email.Trim().ToLower());
}
