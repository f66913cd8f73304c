using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Data;

namespace Verkostoportaali.Contents;

/// <summary>The <c>Portal:ItemCache</c> configuration section.</summary>
public sealed class ItemCacheOptions
{
    public const string Section = "Portal:ItemCache";

    /// <summary>How much memory the kept published versions may take, in megabytes; zero turns the cache off.</summary>
    public int Megabytes { get; set; } = 64;
}

public static class PublishedVersionsRegistration
{
    public static IServiceCollection AddPublishedVersions(this IServiceCollection services)
    {
        services.AddOptions<ItemCacheOptions>().BindConfiguration(ItemCacheOptions.Section)
            .Validate(o => o.Megabytes >= 0, $"{ItemCacheOptions.Section}:Megabytes cannot be negative.").ValidateOnStart();
        return services.AddSingleton<PublishedItemCache>().AddScoped<PublishedVersions>();
    }
}

/// <summary>
/// A page of a list kept in memory (its rows' ids in order): the published versions with those row ids. Each is read
/// once for each version of the site's data and then kept (<see cref="PublishedItemCache"/>), so a list page whose
/// items were shown before costs no database round trip. A version withdrawn since its list's rows were read is left
/// out, so a list never shows a withdrawn item.
/// </summary>
public sealed class PublishedVersions(TenantDbOnDemand database, TenantContext tenant, TenantChanges changes, PublishedItemCache kept)
{
    private static readonly CompiledQuery<Func<TenantDbContext, int[], IAsyncEnumerable<Read>>> WithRowIds = new(() =>
        EF.CompileAsyncQuery((TenantDbContext db, int[] ids) => db.ContentItems.AsNoTracking()
            .Where(i => i.Published && ids.Contains(i.Id))
            .Select(i => new Read(i, EF.Property<string>(i, "Data").Length))));

    /// <summary>The versions, in the order of <paramref name="ids"/>. They are shared with other requests: read them, never change them.</summary>
    public async Task<IReadOnlyList<ContentItem>> InOrderAsync(IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        // Read before the query, as every tenant data cache does: a version read after a change that commits meanwhile
        // is kept under the older data version, which no later request asks for.
        var site = new SiteVersion(tenant.Tenant.Name, changes.Of(tenant.Tenant.Name));
        var found = new Dictionary<int, ContentItem>(ids.Count);
        var missing = new List<int>();
        foreach (var id in ids)
        {
            if (kept.Find(site, id) is { } item)
            {
                found[id] = item;
            }
            else
            {
                missing.Add(id);
            }
        }
        if (missing.Count > 0)
        {
            await foreach (var read in WithRowIds.For(database.Context)(database.Context, [.. missing]).WithCancellation(cancellationToken))
            {
                found[read.Item.Id] = read.Item;
                kept.Keep(site, read.Item, read.DataLength);
            }
        }
        return [.. ids.Where(found.ContainsKey).Select(id => found[id])];
    }

    private sealed record Read(ContentItem Item, int DataLength);
}

/// <summary>A site's data as of one change: what a kept version is valid for.</summary>
public readonly record struct SiteVersion(string Tenant, long DataVersion);

/// <summary>
/// Published versions as read, bounded by memory and kept only while their site's data does not change (Umbraco keeps
/// its published content in memory for the same reason): lists show the same items to every visitor, and reading and
/// materializing a page's items took most of a list page's time once its rows and summaries were kept.
/// </summary>
public sealed class PublishedItemCache(IOptions<ItemCacheOptions> options) : IDisposable
{
    // Unused versions give their memory back: a site no one visits should not hold its items.
    private static readonly TimeSpan KeptUnused = TimeSpan.FromMinutes(10);

    // What a version costs beside its parts' JSON: its other columns, the key and the cache's bookkeeping, roughly.
    private const int EntryOverheadBytes = 512;

    private readonly MemoryCache? cache = options.Value.Megabytes > 0
        ? new(new MemoryCacheOptions { SizeLimit = options.Value.Megabytes * 1024L * 1024L })
        : null;

    public ContentItem? Find(SiteVersion site, int rowId) =>
        cache is not null && cache.TryGetValue(new ItemKey(site, rowId), out ContentItem? item) ? item : null;

    public void Keep(SiteVersion site, ContentItem item, int dataLength) =>
        cache?.Set(new ItemKey(site, item.Id), item, new MemoryCacheEntryOptions
        {
            Size = EntryOverheadBytes + dataLength * sizeof(char),
            SlidingExpiration = KeptUnused,
        });

    public void Dispose() => cache?.Dispose();

    private readonly record struct ItemKey(SiteVersion Site, int RowId);
}
