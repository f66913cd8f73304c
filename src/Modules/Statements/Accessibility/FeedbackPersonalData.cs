using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Verkostoportaali.Core;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Messaging;

namespace Verkostoportaali.Statements.Accessibility;

/// <summary>The accessibility feedback a person sent, found and erased by their e-mail address.</summary>
public sealed class FeedbackPersonalData(TenantDbContext db, IStringLocalizer<FeedbackPersonalData> T) : IPersonalData
{
    public string PrivacySection => "/Pages/Statements/_PrivacySection.cshtml";

    public async Task<IReadOnlyList<PersonalRecord>> FindAsync(string email, CancellationToken cancellationToken = default)
    {
        var found = await Of(email).AsNoTracking().OrderBy(f => f.ReceivedUtc).ToListAsync(cancellationToken);
        return [.. found.Select(f => new PersonalRecord(T["Accessibility feedback"], HelsinkiTime.ToLocal(f.ReceivedUtc),
        [
            new(T["Name"], f.Name ?? ""),
            new(T["E-mail"], f.Email),
            new(T["Message"], f.Message),
            new(T["Language"], f.Language),
            new(T["Answered"], f.AnsweredUtc is { } answered ? HelsinkiTime.ToLocal(answered).ToString("g") : ""),
        ]))];
    }

    public async Task<int> DeleteAsync(string email, CancellationToken cancellationToken = default)
    {
        var found = await Of(email).ToListAsync(cancellationToken);
        db.RemoveRange(found);
        return found.Count;
    }

    // Addresses are stored as typed; a person asks with theirs in any case.
    private IQueryable<Feedback> Of(string email) =>
        db.Set<Feedback>().Where(f => f.Email.ToLower() == email.Trim().ToLower());
}
