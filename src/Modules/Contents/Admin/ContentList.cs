using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Data;
using Verkostoportaali.Localization;

namespace Verkostoportaali.Contents.Admin;

/// <summary>Whether an item is on the public site: never published, published as it is, or published with a newer draft.</summary>
public enum ContentStatus
{
    Draft,
    Published,
    Changed,
}

/// <summary>One row of the admin list: the latest version, its status and its variants in other languages.</summary>
public sealed record ContentRow(ContentItem Item, ContentStatus Status, IReadOnlyList<ContentItem> Variants);

/// <summary>
/// The filters of the admin list: everyone's items of <paramref name="AllOf"/>, the owner's own of <paramref name="OwnOf"/>;
/// a null filter lets everything through.
/// </summary>
public sealed record ContentFilter(IReadOnlyList<string> AllOf, IReadOnlyList<string> OwnOf, string? Owner, string? Text,
    ContentStatus? Status, ListPage Page);

/// <summary>The admin list's query: latest versions of the given types, filtered, newest change first, a page at a time.</summary>
public sealed class ContentList(ContentManager content, PortalDatabase database)
{
    public const int PageSize = 20;

    public async Task<(IReadOnlyList<ContentRow> Rows, int Total, ListPage Page)> FindAsync(ContentFilter filter, CancellationToken cancellationToken)
    {
        var published = content.Query(version: VersionOptions.Published);
        var items = content.Query(version: VersionOptions.Latest).Where(i => filter.AllOf.Contains(i.ContentType)
            || (filter.OwnOf.Contains(i.ContentType) && i.Owner == filter.Owner));
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            items = items.WhereContains(database, i => i.DisplayText, filter.Text);
        }
        items = filter.Status switch
        {
            ContentStatus.Published => items.Where(i => i.Published),
            ContentStatus.Changed => items.Where(i => !i.Published && published.Any(p => p.ContentItemId == i.ContentItemId)),
            ContentStatus.Draft => items.Where(i => !i.Published && !published.Any(p => p.ContentItemId == i.ContentItemId)),
            _ => items,
        };
        var total = await items.CountAsync(cancellationToken);
        var shown = filter.Page.Of(total, PageSize);
        var page = await items.OrderByDescending(i => i.ModifiedUtc).ThenBy(i => i.Id)
            .Skip(shown.Skip(PageSize)).Take(PageSize).ToListAsync(cancellationToken);
        var ids = page.Select(i => i.ContentItemId).ToList();
        var live = await published.Where(p => ids.Contains(p.ContentItemId)).Select(p => p.ContentItemId).ToListAsync(cancellationToken);
        var sets = page.Select(i => i.LocalizationSet).OfType<string>().Distinct().ToList();
        var variants = await content.Query(version: VersionOptions.Latest)
            .Where(i => i.LocalizationSet != null && sets.Contains(i.LocalizationSet)).ToListAsync(cancellationToken);
        return ([.. page.Select(i => new ContentRow(i, StatusOf(i, live.Contains(i.ContentItemId)),
            [.. variants.Where(v => v.LocalizationSet == i.LocalizationSet && v.ContentItemId != i.ContentItemId)]))], total, shown);
    }

    public static ContentStatus StatusOf(ContentItem latest, bool hasPublished) =>
        latest.Published ? ContentStatus.Published : hasPublished ? ContentStatus.Changed : ContentStatus.Draft;
}
