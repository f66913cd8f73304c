using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Verkostoportaali.Projects.Pages.Projects;

/// <summary>The choices the filter form offers, taken from the site's own published projects.</summary>
public sealed record ProjectFilterOptions(IReadOnlyList<string> Programmes, IReadOnlyList<string> SubMeasures, IReadOnlyList<int> Years)
{
    public static async Task<ProjectFilterOptions> LoadAsync(IQueryable<ProjectFacet> published, CancellationToken cancellationToken)
    {
        var programmes = await published.Where(f => f.Programme != null).Select(f => f.Programme!).Distinct().ToListAsync(cancellationToken);
        var subMeasures = await published.Where(f => f.SubMeasure != null).Select(f => f.SubMeasure!).Distinct().ToListAsync(cancellationToken);
        // Per row the earliest date is the start (else the end) and the latest the end (else the start).
        var first = await published.MinAsync(f => f.StartDate ?? f.EndDate, cancellationToken);
        var last = await published.MaxAsync(f => f.EndDate ?? f.StartDate, cancellationToken);
        var sorted = StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: false);
        return new ProjectFilterOptions(
            [.. programmes.Order(sorted)],
            [.. subMeasures.Order(sorted)],
            first is { } from && last is { } to ? [.. Enumerable.Range(from.Year, to.Year - from.Year + 1).Reverse()] : []);
    }
}
