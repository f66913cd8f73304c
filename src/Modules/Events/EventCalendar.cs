using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Data;
using Verkostoportaali.Localization;

namespace Verkostoportaali.Events;

/// <summary>
/// A tenant's published events in one culture: upcoming, past, by month, or all for the feed. Their dates are read once
/// for each version of the site's data (<see cref="TenantChanges"/>) and chosen from in memory, so that a page, its
/// count and a month cost no scan: a request reads only its page's items, through <see cref="PublishedVersions"/>.
/// </summary>
public sealed class EventCalendar(TenantDbOnDemand database, TenantContext tenant, TenantChanges changes, IMemoryCache cache,
    PublishedVersions published, TimeProvider clock)
{
    public const int PageSize = 20;

    /// <summary>Events still going on or to come, soonest first: an all-day event stays upcoming until its last day ends.</summary>
    public async Task<EventPage> UpcomingAsync(string culture, ListPage page, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var dates = await DatesAsync(culture, cancellationToken);
        return await PageAsync([.. dates.Where(d => d.EndUtc > now || d.StartUtc >= now)], page, cancellationToken);
    }

    /// <summary>Events that have ended, latest first.</summary>
    public async Task<EventPage> PastAsync(string culture, ListPage page, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var dates = await DatesAsync(culture, cancellationToken);
        // Latest first; events that start at the same time keep the order of their names.
        var past = dates.Select((date, place) => (date, place)).Where(d => d.date.EndUtc <= now && d.date.StartUtc < now)
            .OrderByDescending(d => d.date.StartUtc).ThenBy(d => d.place).Select(d => d.date);
        return await PageAsync([.. past], page, cancellationToken);
    }

    /// <summary>Events on any day of the month, in the order they start; one that spans months is in each of them.</summary>
    public async Task<IReadOnlyList<ContentItem>> MonthAsync(string culture, DateOnly month, CancellationToken cancellationToken = default)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        var dates = await DatesAsync(culture, cancellationToken);
        return await published.InOrderAsync([.. dates.Where(d => d.FirstDay <= last && d.LastDay >= first).Select(d => d.VersionRowId)],
            cancellationToken);
    }

    public async Task<IReadOnlyList<ContentItem>> AllAsync(string culture, CancellationToken cancellationToken = default) =>
        await published.InOrderAsync([.. (await DatesAsync(culture, cancellationToken)).Select(d => d.VersionRowId)], cancellationToken);

    /// <summary>The published events' dates in the order they start, then by name.</summary>
    private Task<IReadOnlyList<DateRow>> DatesAsync(string culture, CancellationToken cancellationToken) =>
        cache.GetOrMakeAsync(changes, tenant.Tenant.Name, (typeof(DateRow), culture), async () => (IReadOnlyList<DateRow>)await database.Context.Set<EventDate>()
            .AsNoTracking().Where(d => d.Version.Published && d.Version.Culture == culture)
            .OrderBy(d => d.StartUtc).ThenBy(d => d.Version.DisplayText)
            .Select(d => new DateRow(d.VersionRowId, d.StartUtc, d.EndUtc, d.FirstDay, d.LastDay))
            .ToListAsync(cancellationToken));

    private async Task<EventPage> PageAsync(IReadOnlyList<DateRow> dates, ListPage asked, CancellationToken cancellationToken)
    {
        var page = asked.Of(dates.Count, PageSize);
        var items = await published.InOrderAsync([.. dates.Skip(page.Skip(PageSize)).Take(PageSize).Select(d => d.VersionRowId)], cancellationToken);
        return new EventPage(items, page);
    }

    private sealed record DateRow(int VersionRowId, DateTime StartUtc, DateTime EndUtc, DateOnly FirstDay, DateOnly LastDay);
}

/// <summary>One page of a list of events; there is always at least one page, perhaps empty.</summary>
public sealed record EventPage(IReadOnlyList<ContentItem> Items, ListPage Page);
