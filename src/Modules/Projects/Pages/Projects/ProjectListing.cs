using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Data;

namespace Verkostoportaali.Projects.Pages.Projects;

/// <summary>
/// The site's published projects in one culture, in the list's order, with the values its filters read. Read once for
/// each version of the site's data (<see cref="TenantChanges"/>), so that a page of the list, its count and its filter
/// choices cost no scan of the projects: a request reads only its page's items, by row id.
/// </summary>
public sealed class ProjectListing(TenantDbOnDemand database, TenantContext tenant, TenantChanges changes, IMemoryCache cache,
    PublishedVersions published)
{
    public Task<ProjectRows> RowsAsync(string culture, CancellationToken cancellationToken) =>
        cache.GetOrMakeAsync(changes, tenant.Tenant.Name, (typeof(ProjectRows), culture), () => LoadAsync(culture, cancellationToken));

    /// <summary>
    /// The rows the filter lets through on that day, in the list's order. The whole list is the rows themselves; a
    /// filter of the form's choices is matched once per version of the site's data and day, not on every request. Any
    /// other value is a hand-edited address: a programme or sub-measure no project has matches none, a year outside
    /// the projects' years is matched on the spot, so that such addresses cannot fill the cache.
    /// </summary>
    public async Task<IReadOnlyList<ProjectRow>> MatchingAsync(string culture, ProjectFilter filter, DateOnly today, CancellationToken cancellationToken)
    {
        var rows = await RowsAsync(culture, cancellationToken);
        if (filter == ProjectFilter.None)
        {
            return rows.InOrder;
        }
        var options = rows.Options;
        if (filter.Programme is { } programme && !options.Programmes.Contains(programme)
            || filter.SubMeasure is { } subMeasure && !options.SubMeasures.Contains(subMeasure))
        {
            return [];
        }
        List<ProjectRow> Match(ProjectRows from) => [.. from.InOrder.Where(r => filter.Matches(r, today))];
        // The rows are asked for again inside: kept under the version read first, they must be at least as new.
        return filter.Year is { } year && !options.Years.Contains(year)
            ? Match(rows)
            : await cache.GetOrMakeAsync(changes, tenant.Tenant.Name, (typeof(ProjectFilter), culture, filter, today),
                async () => Match(await RowsAsync(culture, cancellationToken)));
    }

    /// <summary>The published versions with these row ids, in their order.</summary>
    public Task<IReadOnlyList<ContentItem>> ItemsAsync(IReadOnlyList<int> ids, CancellationToken cancellationToken) =>
        published.InOrderAsync(ids, cancellationToken);

    private async Task<ProjectRows> LoadAsync(string culture, CancellationToken cancellationToken)
    {
        // Open-ended projects first, then the latest end date first.
        var rows = await database.Context.Set<ProjectFacet>().AsNoTracking()
            .Where(f => f.Version.Published && f.Version.ContentType == ProjectsModule.ProjectType && f.Version.Culture == culture)
            .OrderBy(f => f.EndDate == null ? 0 : 1).ThenByDescending(f => f.EndDate).ThenBy(f => f.Version.DisplayText)
            .Select(f => new ProjectRow(f.VersionRowId, f.Programme, f.SubMeasure, f.IsLeader, f.StartDate, f.EndDate))
            .ToListAsync(cancellationToken);
        return new ProjectRows(rows, Options(rows));
    }

    private static ProjectFilterOptions Options(List<ProjectRow> rows)
    {
        // Per row the earliest date is the start (else the end) and the latest the end (else the start).
        var first = rows.Min(r => r.StartDate ?? r.EndDate);
        var last = rows.Max(r => r.EndDate ?? r.StartDate);
        var sorted = StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: false);
        return new ProjectFilterOptions(
            [.. rows.Select(r => r.Programme).OfType<string>().Distinct(StringComparer.Ordinal).Order(sorted)],
            [.. rows.Select(r => r.SubMeasure).OfType<string>().Distinct(StringComparer.Ordinal).Order(sorted)],
            first is { } from && last is { } to ? [.. Enumerable.Range(from.Year, to.Year - from.Year + 1).Reverse()] : []);
    }
}

/// <summary>A published project's place in the list and the values the filters read.</summary>
public sealed record ProjectRow(int VersionRowId, string? Programme, string? SubMeasure, bool? IsLeader, DateOnly? StartDate, DateOnly? EndDate);

/// <summary>The list's projects in order, and the choices its filter form offers, taken from them.</summary>
public sealed record ProjectRows(IReadOnlyList<ProjectRow> InOrder, ProjectFilterOptions Options);
