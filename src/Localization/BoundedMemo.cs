using System.Collections.Concurrent;

namespace Verkostoportaali.Localization;

/// <summary>
/// Values made once per key and kept, up to <paramref name="bound"/> keys. The keys here are PO formats, which come
/// from PO files and code, so there are few; the bound keeps a stray dynamic one from growing the memory.
/// </summary>
internal sealed class BoundedMemo<TKey, TValue>(int bound) where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> kept = new();

    public TValue GetOrMake(TKey key, Func<TKey, TValue> make)
    {
        if (kept.TryGetValue(key, out var value))
        {
            return value;
        }
        value = make(key);
        // Count locks the whole dictionary, so it is read only when a value is new.
        if (kept.Count < bound)
        {
            kept.TryAdd(key, value);
        }
        return value;
    }
}
