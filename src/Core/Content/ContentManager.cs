using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Modules;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Data;

namespace Verkostoportaali.Core.Content;

/// <summary>
/// Every change to content goes through here: it moves the Latest/Published flags between versions,
/// keeps lookup tables in the same SaveChanges, and raises the content events.
/// </summary>
public sealed class ContentManager(TenantDbOnDemand database, ContentDefinitionStore definitions, TenantContentHandlers extensions, TimeProvider clock)
{
    private TenantDbContext Db => database.Context;

    // Compiled: every public item page starts here.
    private static readonly CompiledQuery<Func<TenantDbContext, string, string, CancellationToken, Task<ContentItem?>>> PublishedBySlug = new(() =>
        EF.CompileAsyncQuery((TenantDbContext db, string slug, string culture, CancellationToken _) =>
            db.ContentItems.AsNoTracking().FirstOrDefault(i => i.Published && i.Slug == slug && i.Culture == culture)));

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
        PublishedBySlug.For(Db)(Db, slug, culture, cancellationToken);

    /// <summary>Items of a type (or all types), newest first; <see cref="VersionOptions.Published"/> for the public.</summary>
    public IQueryable<ContentItem> Query(string? contentType = null, VersionOptions version = VersionOptions.Published)
    {
        var items = Versions(version);
        return contentType is null ? items : items.Where(i => i.ContentType == contentType);
    }

    /// <summary>Every version of an item, oldest first: the item's history.</summary>
    public Task<List<ContentItem>> HistoryAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        Db.ContentItems.AsNoTracking().Where(i => i.ContentItemId == contentItemId).OrderBy(i => i.Id).ToListAsync(cancellationToken);

    public async Task CreateAsync(ContentItem item, bool publish, CancellationToken cancellationToken = default)
    {
        await WriteAsync(async () =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            (item.Latest, item.Revision, item.CreatedUtc, item.ModifiedUtc) = (true, 1, now, now);
            Db.ContentItems.Add(item);
            await RaiseAsync((h, ct) => h.UpdatingAsync(item, ct), cancellationToken);
            await ReplaceLookupsAsync(item, cancellationToken);
            await RaiseAsync((h, ct) => h.CreatingAsync(item, ct), cancellationToken);
            if (publish)
            {
                await MarkPublishedAsync(item, now, cancellationToken);
            }
            return item;
        }, cancellationToken);
        if (publish)
        {
            await RaiseAsync((h, ct) => h.PublishedAsync(item, ct), cancellationToken);
        }
    }

    /// <summary>
    /// Changes the item's draft, first making one from the published version when the latest is published;
    /// a change that leaves the published version as it was makes no new version.
    /// </summary>
    public Task<ContentItem> UpdateDraftAsync(string contentItemId, Action<ContentItem> change, CancellationToken cancellationToken = default) =>
        UpdateDraftAsync(contentItemId, basedOn: null, change, cancellationToken);

    /// <summary>
    /// Like <see cref="UpdateDraftAsync(string, Action{ContentItem}, CancellationToken)"/>, for a change made to the version
    /// <paramref name="basedOn"/>: when someone saved the item since, and the change would not leave it as that save
    /// did, it throws <see cref="ContentConflictException"/> and changes nothing.
    /// </summary>
    public Task<ContentItem> UpdateDraftAsync(string contentItemId, VersionStamp? basedOn, Action<ContentItem> change,
        CancellationToken cancellationToken = default) => ChangeAsync(contentItemId, basedOn, change, newVersion: false, cancellationToken);

    /// <summary>Like UpdateDraftAsync, but a latest draft stays in the history as it was: the change is a new version on top.</summary>
    public Task<ContentItem> AddDraftAsync(string contentItemId, Action<ContentItem> change, CancellationToken cancellationToken = default) =>
        ChangeAsync(contentItemId, basedOn: null, change, newVersion: true, cancellationToken);

    private Task<ContentItem> ChangeAsync(string contentItemId, VersionStamp? basedOn, Action<ContentItem> change, bool newVersion,
        CancellationToken cancellationToken) => WriteAsync(async () =>
    {
        var latest = await LatestAsync(contentItemId, cancellationToken);
        var stale = basedOn is { } stamp && stamp != latest.Stamp;
        var draft = latest.Published || stale || newVersion ? latest.NewVersion(NewId()) : latest;
        draft.Latest = true;
        change(draft);
        draft.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        await RaiseAsync((h, ct) => h.UpdatingAsync(draft, ct), cancellationToken);
        if (draft != latest)
        {
            // Compared after the handlers, which fill in slugs and sanitise HTML: a recipe run again changes nothing,
            // and a double-clicked save finds its own first save.
            if (draft.SameContentAs(latest))
            {
                return latest;
            }
            if (stale)
            {
                throw new ContentConflictException(latest);
            }
            latest.Latest = false;
            draft.Revision = 1;
            Db.ContentItems.Add(draft);
        }
        else
        {
            draft.Revision++;
        }
        await ReplaceLookupsAsync(draft, cancellationToken);
        return draft;
    }, cancellationToken);

    /// <summary>Makes the latest version the published one; publishing what is already published changes nothing.</summary>
    public Task<ContentItem> PublishAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        PublishAsync(contentItemId, basedOn: null, cancellationToken);

    /// <summary>Publishes the latest version if it is still <paramref name="basedOn"/>; else <see cref="ContentConflictException"/>.</summary>
    public async Task<ContentItem> PublishAsync(string contentItemId, VersionStamp? basedOn, CancellationToken cancellationToken = default)
    {
        var wasPublished = false;
        var latest = await WriteAsync(async () =>
        {
            var latest = await LatestAsync(contentItemId, cancellationToken);
            if (latest.Published && (basedOn is null || basedOn.Value.VersionId == latest.VersionId))
            {
                wasPublished = true;
                return latest;
            }
            if (basedOn is { } stamp && stamp != latest.Stamp)
            {
                throw new ContentConflictException(latest);
            }
            if (await Db.ContentItems.FirstOrDefaultAsync(i => i.ContentItemId == contentItemId && i.Published, cancellationToken) is { } previous)
            {
                (previous.Published, previous.Revision) = (false, previous.Revision + 1);
                // Saved first: the unique index allows one published version at a time.
                await Db.SaveChangesAsync(cancellationToken);
            }
            latest.Revision++;
            await MarkPublishedAsync(latest, clock.GetUtcNow().UtcDateTime, cancellationToken);
            return latest;
        }, cancellationToken);
        if (!wasPublished)
        {
            await RaiseAsync((h, ct) => h.PublishedAsync(latest, ct), cancellationToken);
        }
        return latest;
    }

    /// <summary>Takes the item off the public site; its latest version stays as a draft.</summary>
    public async Task<bool> UnpublishAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var published = await WriteAsync(async () =>
        {
            var published = await Db.ContentItems.FirstOrDefaultAsync(i => i.ContentItemId == contentItemId && i.Published, cancellationToken);
            if (published is not null)
            {
                (published.Published, published.Revision) = (false, published.Revision + 1);
                await RaiseAsync((h, ct) => h.UnpublishingAsync(published, ct), cancellationToken);
            }
            return published;
        }, cancellationToken);
        if (published is null)
        {
            return false;
        }
        await RaiseAsync((h, ct) => h.UnpublishedAsync(published, ct), cancellationToken);
        return true;
    }

    /// <summary>Removes the item: its versions stay as history, but none is latest or published any more.</summary>
    public async Task<bool> RemoveAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var (latest, wasPublished) = await WriteAsync(async () =>
        {
            var current = await Db.ContentItems
                .Where(i => i.ContentItemId == contentItemId && (i.Latest || i.Published)).ToListAsync(cancellationToken);
            if (current.Count == 0)
            {
                return (null, null);
            }
            var wasPublished = current.Find(i => i.Published);
            var latest = current.Find(i => i.Latest) ?? current[0];
            current.ForEach(i => (i.Latest, i.Published, i.Revision) = (false, false, i.Revision + 1));
            if (wasPublished is not null)
            {
                await RaiseAsync((h, ct) => h.UnpublishingAsync(wasPublished, ct), cancellationToken);
            }
            await RaiseAsync((h, ct) => h.RemovingAsync(latest, ct), cancellationToken);
            return ((ContentItem?)latest, wasPublished);
        }, cancellationToken);
        if (latest is null)
        {
            return false;
        }
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
        var latest = await GetAsync(contentItemId, VersionOptions.Latest, cancellationToken)
            ?? throw new ContentException($"There is no content item '{contentItemId}'.");
        if (latest.LocalizationSet is { } set)
        {
            return set;
        }
        await Db.ContentItems.Where(i => i.ContentItemId == contentItemId)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.LocalizationSet, contentItemId).SetProperty(i => i.Revision, i => i.Revision + 1),
                cancellationToken);
        return contentItemId;
    }

    private IQueryable<ContentItem> Versions(VersionOptions version) => version switch
    {
        VersionOptions.Latest => Db.ContentItems.AsNoTracking().Where(i => i.Latest),
        _ => Db.ContentItems.AsNoTracking().Where(i => i.Published),
    };

    /// <summary>
    /// Runs a change to an item's versions in one write transaction that reads and writes (on SQLite <c>BEGIN IMMEDIATE</c>,
    /// so a concurrent change waits), saving once at the end; a caller's transaction (an import, a recipe) is joined.
    /// Versions read for the change are forgotten afterwards, so the next change in this scope reads them again.
    /// </summary>
    private async Task<T> WriteAsync<T>(Func<Task<T>> change, CancellationToken cancellationToken)
    {
        ForgetVersions();
        var own = Db.Database.CurrentTransaction is null ? await Db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var result = await change();
            await Db.SaveChangesAsync(cancellationToken);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }
            return result;
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException
            || (IsUniqueViolation(e.InnerException) && e.Entries.Count > 0 && e.Entries.All(entry => entry.Entity is ContentItem)))
        {
            // Not reached while every change goes through here; a row changed behind the kernel's back still gets a conflict, not a 500.
            throw new ContentConflictException(null, e);
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
            ForgetVersions();
        }
    }

    private static bool IsUniqueViolation(Exception? e) =>
        e is SqliteException { SqliteExtendedErrorCode: 2067 or 1555 } or DbException { SqlState: "23505" };

    private void ForgetVersions()
    {
        foreach (var entry in Db.ChangeTracker.Entries().Where(e => e.Entity is ContentItem or ContentLookupRow).ToList())
        {
            entry.State = EntityState.Detached;
        }
    }

    private async Task<ContentItem> LatestAsync(string contentItemId, CancellationToken cancellationToken) =>
        await Db.ContentItems.FirstOrDefaultAsync(i => i.ContentItemId == contentItemId && i.Latest, cancellationToken)
        ?? throw new ContentException($"There is no content item '{contentItemId}'.");

    private async Task ReplaceLookupsAsync(ContentItem version, CancellationToken cancellationToken)
    {
        foreach (var lookup in extensions.Lookups)
        {
            await lookup.ReplaceAsync(Db, version, cancellationToken);
        }
    }

    private async Task MarkPublishedAsync(ContentItem version, DateTime now, CancellationToken cancellationToken)
    {
        (version.Published, version.PublishedUtc) = (true, now);
        await RaiseAsync((h, ct) => h.PublishingAsync(version, ct), cancellationToken);
    }

    private async Task RaiseAsync(Func<IContentHandler, CancellationToken, Task> handlerEvent, CancellationToken cancellationToken)
    {
        foreach (var handler in extensions.Handlers)
        {
            await handlerEvent(handler, cancellationToken);
        }
    }

    private static string NewId() => Guid.CreateVersion7().ToString("N");
}

/// <summary>The content handlers and lookups of the modules the tenant has: a module's run only where its feature is on.</summary>
public sealed class TenantContentHandlers(IServiceProvider scope, ModuleCatalog catalog, TenantContext tenant)
{
    // Resolved at a change, not with the content manager: a public page only reads, and making the dozen handlers and
    // what they use cost it 5 % of its CPU. Read at each change: a recipe enables features step by step in one scope.
    public IEnumerable<IContentHandler> Handlers => scope.GetServices<IContentHandler>().Where(h => catalog.RunsIn(h, tenant.Tenant));
    public IEnumerable<IContentLookup> Lookups => scope.GetServices<IContentLookup>().Where(l => catalog.RunsIn(l, tenant.Tenant));
}

public enum VersionOptions
{
    Published,
    Latest,
}
