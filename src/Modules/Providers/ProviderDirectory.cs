using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Verkostoportaali.Contents;
using Verkostoportaali.Core;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Data;
using Verkostoportaali.Localization;
using Verkostoportaali.Taxonomies;

namespace Verkostoportaali.Providers;

/// <summary>
/// The published providers that match a filter, in alphabetical order, a page at a time. The providers' names, terms and
/// marks are read once for each version of the site's data (<see cref="TenantChanges"/>) and filtered in memory, so a
/// request's count and page cost no scan: it reads only its page's items, by row id.
/// </summary>
public sealed class ProviderDirectory(
    ContentManager content, TenantDbOnDemand database, Vocabularies vocabularies, FinnishCalendar calendar,
    TenantContext tenant, TenantChanges changes, IMemoryCache cache, PublishedVersions published)
{
    public const int PageSize = 20;

    public async Task<ProviderResults> FindAsync(ProviderFilter filter, ListPage asked, CancellationToken cancellationToken)
    {
        var today = calendar.Today;
        // Each choice of filters is matched once per version of the site's data and day, not on every request: the
        // filters take known values only, so there are as many as the form has choices.
        var matching = await cache.GetOrMakeAsync(changes, tenant.Tenant.Name, (typeof(ProviderFilter), CultureInfo.CurrentCulture.Name, filter, today),
            () => MatchAsync(filter, today, cancellationToken));
        var page = asked.Of(matching.Count, PageSize);
        var items = await published.InOrderAsync([.. matching.Skip(page.Skip(PageSize)).Take(PageSize).Select(r => r.VersionRowId)], cancellationToken);
        return new ProviderResults(matching.Count, items, page);
    }

    private async Task<List<ProviderRow>> MatchAsync(ProviderFilter filter, DateOnly today, CancellationToken cancellationToken)
    {
        var rows = await cache.GetOrMakeAsync(changes, tenant.Tenant.Name, (typeof(ProviderRow), CultureInfo.CurrentCulture.Name),
            () => LoadAsync(cancellationToken));
        // Each region's municipalities, gathered once per version of the site's data.
        var regions = await cache.GetOrMakeAsync(changes, tenant.Tenant.Name, (typeof(ProviderRow), ProviderTerms.Municipalities),
            async () => (await vocabularies.TermsAsync(ProviderTerms.Municipalities, cancellationToken)).Where(t => t.Parent is not null)
                .GroupBy(t => t.Parent!).ToDictionary(g => g.Key, g => g.Select(t => t.Id).ToHashSet()));
        var municipalities = filter.Region is { } region ? regions.GetValueOrDefault(region) ?? [] : [];
        return [.. rows.Where(r => r.Matches(filter, municipalities, today))];
    }

    private async Task<IReadOnlyList<ProviderRow>> LoadAsync(CancellationToken cancellationToken)
    {
        var providers = content.Query(ProvidersModule.ProviderType);
        string[] vocabulariesRead = [ProviderTerms.ServiceFields, ProviderTerms.Regions, ProviderTerms.Municipalities];
        var names = await providers.Select(i => new { i.Id, i.DisplayText }).ToListAsync(cancellationToken);
        var terms = (await database.Context.Set<ItemTerm>().AsNoTracking()
            .Where(t => vocabulariesRead.Contains(t.Vocabulary) && providers.Any(i => i.Id == t.VersionRowId))
            .Select(t => new { t.VersionRowId, t.Vocabulary, t.TermId }).ToListAsync(cancellationToken))
            .ToLookup(t => t.VersionRowId, t => (t.Vocabulary, t.TermId));
        var marks = (await database.Context.Set<ProviderQualityMark>().AsNoTracking()
            .Where(m => providers.Any(i => i.Id == m.VersionRowId))
            .Select(m => new { m.VersionRowId, m.Kind, m.ValidThrough }).ToListAsync(cancellationToken))
            .ToLookup(m => m.VersionRowId, m => new MarkRow(m.Kind, m.ValidThrough));
        var byName = StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: true);
        return [.. names.OrderBy(n => n.DisplayText, byName).ThenBy(n => n.Id)
            .Select(n => new ProviderRow(n.Id, [.. terms[n.Id]], [.. marks[n.Id]]))];
    }

    private sealed record MarkRow(QualityMarkKind Kind, DateOnly ValidThrough);

    /// <summary>A published provider's place in the directory and what the filters read of it.</summary>
    private sealed record ProviderRow(int VersionRowId, HashSet<(string Vocabulary, string TermId)> Terms, IReadOnlyList<MarkRow> Marks)
    {
        public bool Matches(ProviderFilter filter, HashSet<string> regionMunicipalities, DateOnly today)
        {
            if (filter.ServiceField is { } field && !Terms.Contains((ProviderTerms.ServiceFields, field)))
            {
                return false;
            }
            // A provider serves a region when its area names the region or one of the region's municipalities.
            if (filter.Region is { } region && !Terms.Contains((ProviderTerms.Regions, region))
                && !Terms.Any(t => t.Vocabulary == ProviderTerms.Municipalities && regionMunicipalities.Contains(t.TermId)))
            {
                return false;
            }
            return (filter.Mark is null && !filter.ValidMarksOnly)
                || Marks.Any(m => (filter.Mark is null || m.Kind == filter.Mark) && (!filter.ValidMarksOnly || m.ValidThrough >= today));
        }
    }
}

/// <summary>Which providers to list; null means any.</summary>
public sealed record ProviderFilter(string? ServiceField = null, string? Region = null, QualityMarkKind? Mark = null, bool ValidMarksOnly = false);

public sealed record ProviderResults(int Total, IReadOnlyList<ContentItem> Items, ListPage Page);
