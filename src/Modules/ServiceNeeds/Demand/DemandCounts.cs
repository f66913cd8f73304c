using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core;
using Verkostoportaali.Core.Data;
using Verkostoportaali.ServiceNeeds.Reporting;

namespace Verkostoportaali.ServiceNeeds.Demand;

/// <summary>
/// How many needs the site got by month, service field, place and outcome, for the municipality's service planning,
/// and the unmet ones. Reads only columns the retention purge keeps, so nothing here is personal data.
/// </summary>
public sealed class DemandCounts(TenantDbContext db, NeedChoices choices)
{
    public async Task<IReadOnlyList<DemandRow>> CountAsync(string culture, CancellationToken cancellationToken = default)
    {
        var needs = await db.Set<ServiceNeed>().AsNoTracking()
            .Select(n => new { n.CreatedUtc, n.ServiceField, n.Place, n.Status, n.AssignedProvider }).ToListAsync(cancellationToken);
        var names = await NamesAsync(culture, cancellationToken);
        return [.. needs
            .GroupBy(n => (Month: Month(n.CreatedUtc), n.ServiceField, n.Place, Outcome: OutcomeOf(n.Status, n.AssignedProvider)))
            .Select(g => new DemandRow(g.Key.Month, g.Key.ServiceField, names.Fields.GetValueOrDefault(g.Key.ServiceField, g.Key.ServiceField),
                g.Key.Place, names.Places.GetValueOrDefault(g.Key.Place, g.Key.Place), g.Key.Outcome, g.Count()))
            .OrderBy(r => r.Month).ThenBy(r => r.ServiceFieldName).ThenBy(r => r.PlaceName).ThenBy(r => r.Outcome)];
    }

    /// <summary>The needs no provider was found for, newest first: service field, place, month and urgency only.</summary>
    public async Task<IReadOnlyList<UnmetNeed>> UnmetAsync(string culture, CancellationToken cancellationToken = default)
    {
        var unmet = await db.Set<ServiceNeed>().AsNoTracking().Where(n => n.Status == NeedStatus.NoProviderFound)
            .OrderByDescending(n => n.CreatedUtc).Select(n => new { n.CreatedUtc, n.ServiceField, n.Place, n.Urgency, n.Recurring }).ToListAsync(cancellationToken);
        var names = await NamesAsync(culture, cancellationToken);
        return [.. unmet.Select(n => new UnmetNeed(Month(n.CreatedUtc), names.Fields.GetValueOrDefault(n.ServiceField, n.ServiceField),
            names.Places.GetValueOrDefault(n.Place, n.Place), n.Urgency, n.Recurring))];
    }

    public static Outcome OutcomeOf(NeedStatus status, string? assignedProvider) => status switch
    {
        NeedStatus.NoProviderFound => Outcome.NoProviderFound,
        NeedStatus.Withdrawn => Outcome.Withdrawn,
        _ when assignedProvider is not null => Outcome.ProviderFound,
        _ => Outcome.Open,
    };

    // Months as the site's people count them: a need sent at 00:30 on 1 March in Finland is March's.
    private static string Month(DateTime utc) => HelsinkiTime.ToLocal(utc).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<(Dictionary<string, string> Fields, Dictionary<string, string> Places)> NamesAsync(string culture, CancellationToken cancellationToken) =>
        ((await choices.ServiceFieldsAsync(culture, cancellationToken)).ToDictionary(c => c.Value, c => c.Name),
         (await choices.PlacesAsync(culture, cancellationToken)).ToDictionary(p => p.Value, p => p.Name));
}

public enum Outcome { Open, ProviderFound, NoProviderFound, Withdrawn }

/// <summary>How many needs of one month, service field, place and outcome; ids for machines, names in the request's language.</summary>
public sealed record DemandRow(string Month, string ServiceField, string ServiceFieldName, string Place, string PlaceName, Outcome Outcome, int Count);

public sealed record UnmetNeed(string Month, string ServiceFieldName, string PlaceName, Urgency Urgency, bool Recurring);
