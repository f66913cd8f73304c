using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Verkostoportaali.Core;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Messaging;

namespace Verkostoportaali.Networks.JoinRequests;

/// <summary>A person's join requests, by the address they gave, for an admin's answer to a request to see or erase them.</summary>
public sealed class JoinRequestPersonalData(TenantDbContext db, IStringLocalizer<JoinRequestPersonalData> T) : IPersonalData
{
    public string PrivacySection => "/Pages/Networks/_PrivacySection.cshtml";

    public async Task<IReadOnlyList<PersonalRecord>> FindAsync(string email, CancellationToken cancellationToken = default)
    {
        var requests = await RequestsOf(email).AsNoTracking().OrderBy(r => r.CreatedUtc).ToListAsync(cancellationToken);
        return [.. requests.Select(r => new PersonalRecord(T["Request to join"], HelsinkiTime.ToLocal(r.CreatedUtc),
            [new(T["Name"], r.Name), new(T["E-mail"], r.Email), new(T["Phone"], r.Phone ?? ""), new(T["Message"], r.Message ?? ""),
             new(T["Network"], r.NetworkContentItemId), new(T["Consent given"], r.ConsentGiven ? T["Yes"] : T["No"])]))];
    }

    public async Task<int> DeleteAsync(string email, CancellationToken cancellationToken = default)
    {
        var requests = await RequestsOf(email).ToListAsync(cancellationToken);
        db.RemoveRange(requests);
        return requests.Count;
    }

    private IQueryable<JoinRequest> RequestsOf(string email) =>
        db.Set<JoinRequest>().Where(r => r.Email.ToLower() == email.Trim().ToLower());
}
