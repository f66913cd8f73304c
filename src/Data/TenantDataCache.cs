using Microsoft.Extensions.Caching.Memory;

namespace Verkostoportaali.Data;

/// <summary>
/// What a page makes from a tenant's data (a list's rows, its vocabularies, a feed), kept for every request until the
/// tenant's data changes (<see cref="TenantChanges"/>). One entry per key and tenant, replaced when the data's version
/// has moved on, so that a site being edited does not pile up a copy for each version.
/// </summary>
public static class TenantDataCache
{
    private static readonly TimeSpan KeptUnused = TimeSpan.FromMinutes(10);

    public static async Task<T> GetOrMakeAsync<T>(this IMemoryCache cache, TenantChanges changes, string tenant, object key, Func<Task<T>> make)
    {
        // Read before making: a change that commits meanwhile leaves the value marked older, so it is made again.
        var version = changes.Of(tenant);
        var entryKey = (typeof(TenantDataCache), tenant, key);
        if (cache.TryGetValue(entryKey, out Versioned<T>? kept) && kept!.Version == version)
        {
            return kept.Value;
        }
        var value = await make();
        cache.Set(entryKey, new Versioned<T>(version, value), new MemoryCacheEntryOptions { SlidingExpiration = KeptUnused });
        return value;
    }

    private sealed record Versioned<T>(long Version, T Value);
}
