using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Data;

namespace Verkostoportaali.Core.Content;

/// <summary>
/// Every change to content goes through here: it moves the Latest/Published flags between versions,
/// keeps lookup tables in the same SaveChanges, and raises the content events.
/// </summary>
public sealed class ContentManager(
    TenantDbContext db,
    ContentDefinitionStore definitions,
    IEnumerable<IContentHandler> handlers,
    IEnumerable<IContentLookup> lookups,
    TimeProvider clock)
{
    public async Task<ContentItem> NewAsync(string contentType, CancellationToken cancellationToken = default)
    {
        _ = await definitions.FindAsync(contentType, cancellationToken)
            ?? throw new ContentException($"There is no content type '{contentType}'.");
        return new ContentItem { ContentItemId = NewId(), VersionId = NewId(), ContentType = contentType };
    }

    public Task<ContentItem?> GetAsync(string contentItemId, VersionOptions version = VersionOptions.Published,
        CancellationToken cancellationToken = default) =>
        Versions(version).FirstOrDefaultAsync(i => i.ContentItemId == contentItemId, cancellationToken);

    public Task<ContentItem?> GetBySlugAsync(string slug, string culture, CancellationToken cancellationToken = default) =>
        Versions(VersionOptions.Published).FirstOrDefaultAsync(i => i.Slug == slug && i.Culture == culture, cancellationToken);

    /// <summary>Items of a type (or all types), newest first; <see cref="VersionOptions.Published"/> for the public.</summary>
    public IQueryable<ContentItem> Query(string? contentType = null, VersionOptions version = VersionOptions.Published)
    {
        var items = Versions(version);
        return contentType is null ? items : items.Where(i => i.ContentType == contentType);
    }

    /// <summary>Every version of an item, oldest first: the item's history.</summary>
    public Task<List<ContentItem>> HistoryAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        db.ContentItems.AsNoTracking().Where(i => i.ContentItemId == contentItemId).OrderBy(i => i.Id).ToListAsync(cancellationToken);

    public async Task CreateAsync(ContentItem item, bool publish, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        item.Latest = true;
        item.CreatedUtc = item.ModifiedUtc = now;
        db.ContentItems.Add(item);
        await UpdatingAsync(item, cancellationToken);
        await RaiseAsync((h, ct) => h.CreatingAsync(item, ct), cancellationToken);
        if (publish)
        {
            await MarkPublishedAsync(item, now, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        if (publish)
        {
            await RaiseAsync((h, ct) => h.PublishedAsync(item, ct), cancellationToken);
        }
    }

    /// <summary>
    /// Changes the item's draft, first making one from the published version when the latest is published;
    /// a change that leaves the published version as it was makes no new version.
    /// </summary>
    public async Task<ContentItem> UpdateDraftAsync(string contentItemId, Action<ContentItem> change,
        CancellationToken cancellationToken = default)
    {
        var latest = await LatestAsync(contentItemId, cancellationToken);
        var draft = latest.Published ? latest.NewVersion(NewId()) : latest;
        draft.Latest = true;
        change(draft);
        draft.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        try
        {
            await RaiseAsync((h, ct) => h.UpdatingAsync(draft, ct), cancellationToken);
        }
        catch when (draft == latest)
        {
            // The draft is tracked: undo the refused change so that no later SaveChanges in this scope stores it.
            await db.Entry(draft).ReloadAsync(cancellationToken);
            throw;
        }
        if (draft != latest)
        {
            // Compared after the handlers, which fill in slugs and sanitise HTML: a recipe run again changes nothing.
            if (draft.SameContentAs(latest))
            {
                return latest;
            }
            latest.Latest = false;
            db.ContentItems.Add(draft);
        }
        await ReplaceLookupsAsync(draft, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return draft;
    }

    /// <summary>Makes the latest version the published one; publishing what is already published changes nothing.</summary>
    public async Task<ContentItem> PublishAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var latest = await LatestAsync(contentItemId, cancellationToken);
        if (latest.Published)
        {
            return latest;
        }
        var previous = await db.ContentItems.FirstOrDefaultAsync(i => i.ContentItemId == contentItemId && i.Published, cancellationToken);
        if (previous is not null)
        {
            previous.Published = false;
        }
        await MarkPublishedAsync(latest, clock.GetUtcNow().UtcDateTime, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await RaiseAsync((h, ct) => h.PublishedAsync(latest, ct), cancellationToken);
        return latest;
    }

    /// <summary>Takes the item off the public site; its latest version stays as a draft.</summary>
    public async Task<bool> UnpublishAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var published = await db.ContentItems.FirstOrDefaultAsync(i => i.ContentItemId == contentItemId && i.Published, cancellationToken);
        if (published is null)
        {
            return false;
        }
        published.Published = false;
        await RaiseAsync((h, ct) => h.UnpublishingAsync(published, ct), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await RaiseAsync((h, ct) => h.UnpublishedAsync(published, ct), cancellationToken);
        return true;
    }

    /// <summary>Removes the item: its versions stay as history, but none is latest or published any more.</summary>
    public async Task<bool> RemoveAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var current = await db.ContentItems
            .Where(i => i.ContentItemId == contentItemId && (i.Latest || i.Published)).ToListAsync(cancellationToken);
        if (current.Count == 0)
        {
            return false;
        }
        var wasPublished = current.Find(i => i.Published);
        var latest = current.Find(i => i.Latest) ?? current[0];
        current.ForEach(i => (i.Latest, i.Published) = (false, false));
        if (wasPublished is not null)
        {
            await RaiseAsync((h, ct) => h.UnpublishingAsync(wasPublished, ct), cancellationToken);
        }
        await RaiseAsync((h, ct) => h.RemovingAsync(latest, ct), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (wasPublished is not null)
        {
            await RaiseAsync((h, ct) => h.UnpublishedAsync(wasPublished, ct), cancellationToken);
        }
        await RaiseAsync((h, ct) => h.RemovedAsync(latest, ct), cancellationToken);
        return true;
    }

    /// <summary>
    /// The item's localization set, first making it the item's own id when it has none. The set is bookkeeping, not
    /// content, so it is written on every version and makes no new draft.
    /// </summary>
    public async Task<string> LocalizationSetOfAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var latest = await LatestAsync(contentItemId, cancellationToken);
        if (latest.LocalizationSet is { } set)
        {
            return set;
        }
        await db.ContentItems.Where(i => i.ContentItemId == contentItemId)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.LocalizationSet, contentItemId), cancellationToken);
        latest.LocalizationSet = contentItemId;
        return contentItemId;
    }

    private IQueryable<ContentItem> Versions(VersionOptions version) => version switch
    {
        VersionOptions.Latest => db.ContentItems.AsNoTracking().Where(i => i.Latest),
        _ => db.ContentItems.AsNoTracking().Where(i => i.Published),
    };

    private async Task<ContentItem> LatestAsync(string contentItemId, CancellationToken cancellationToken) =>
        await db.ContentItems.FirstOrDefaultAsync(i => i.ContentItemId == contentItemId && i.Latest, cancellationToken)
        ?? throw new ContentException($"There is no content item '{contentItemId}'.");

    private async Task UpdatingAsync(ContentItem version, CancellationToken cancellationToken)
    {
        await RaiseAsync((h, ct) => h.UpdatingAsync(version, ct), cancellationToken);
        await ReplaceLookupsAsync(version, cancellationToken);
    }

    private async Task ReplaceLookupsAsync(ContentItem version, CancellationToken cancellationToken)
    {
        foreach (var lookup in lookups)
        {
            await lookup.ReplaceAsync(db, version, cancellationToken);
        }
    }

    private async Task MarkPublishedAsync(ContentItem version, DateTime now, CancellationToken cancellationToken)
    {
        version.Published = true;
        version.PublishedUtc = now;
        await RaiseAsync((h, ct) => h.PublishingAsync(version, ct), cancellationToken);
    }

    private async Task RaiseAsync(Func<IContentHandler, CancellationToken, Task> handlerEvent, CancellationToken cancellationToken)
    {
        foreach (var handler in handlers)
        {
            await handlerEvent(handler, cancellationToken);
        }
    }

    private static string NewId() => Guid.CreateVersion7().ToString("N");
}

public enum VersionOptions
{
    Published,
    Latest,
}
