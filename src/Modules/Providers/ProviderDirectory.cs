using Verkostoportaali.Core;
using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Localization;
using Verkostoportaali.Taxonomies;

namespace Verkostoportaali.Providers;

/// <summary>The published providers that match a filter, in alphabetical order, a page at a time.</summary>
public sealed class ProviderDirectory(ContentManager content, TenantDbContext db, Vocabularies vocabularies, FinnishCalendar calendar)
{
    public const int PageSize = 20;

    public async Task<ProviderResults> FindAsync(ProviderFilter filter, ListPage asked, CancellationToken cancellationToken)
    {
        var matching = await MatchingAsync(filter, cancellationToken);
        var total = await matching.CountAsync(cancellationToken);
        var page = asked.Of(total, PageSize);
        var items = await matching.OrderBy(i => EF.Functions.Collate(i.DisplayText, "NOCASE")).ThenBy(i => i.Id)
            .Skip(page.Skip(PageSize)).Take(PageSize).ToListAsync(cancellationToken);
        return new ProviderResults(total, items, page);
    }

    private async Task<IQueryable<ContentItem>> MatchingAsync(ProviderFilter filter, CancellationToken cancellationToken)
    {
        var items = content.Query(ProvidersModule.ProviderType);
        var terms = db.Set<ItemTerm>();
        if (filter.ServiceField is { } field)
        {
            items = items.Where(i => terms.Any(t => t.VersionRowId == i.Id && t.Vocabulary == ProviderTerms.ServiceFields && t.TermId == field));
        }
        if (filter.Region is { } region)
        {
            // A provider serves a region when its area names the region or one of the region's municipalities.
            var municipalities = (await vocabularies.TermsAsync(ProviderTerms.Municipalities, cancellationToken))
                .Where(t => t.Parent == region).Select(t => t.Id).ToList();
            items = items.Where(i => terms.Any(t => t.VersionRowId == i.Id
                && ((t.Vocabulary == ProviderTerms.Regions && t.TermId == region)
                    || (t.Vocabulary == ProviderTerms.Municipalities && municipalities.Contains(t.TermId)))));
        }
        if (filter.Mark is null && !filter.ValidMarksOnly)
        {
            return items;
        }
        var marks = Marks(filter);
        return items.Where(i => marks.Any(m => m.VersionRowId == i.Id));
    }

    private IQueryable<ProviderQualityMark> Marks(ProviderFilter filter)
    {
        var marks = db.Set<ProviderQualityMark>().AsQueryable();
        if (filter.Mark is { } kind)
        {
            marks = marks.Where(m => m.Kind == kind);
        }
        var today = calendar.Today;
        return filter.ValidMarksOnly ? marks.Where(m => m.ValidThrough >= today) : marks;
    }
}

/// <summary>Which providers to list; null means any.</summary>
public sealed record ProviderFilter(string? ServiceField = null, string? Region = null, QualityMarkKind? Mark = null, bool ValidMarksOnly = false);

public sealed record ProviderResults(int Total, IReadOnlyList<ContentItem> Items, ListPage Page);
