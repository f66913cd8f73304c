using Lucene.Net.Index;
using Lucene.Net.Search;
using Verkostoportaali.Search.Indexes;
using Verkostoportaali.Search.Outbox;

namespace Verkostoportaali.Search.Querying;

/// <summary>
/// Reads several tenants' indexes of one culture as one <see cref="MultiReader"/>: all at once when the open-reader bound
/// allows, else in batches of half the bound, each batch's readers given back before the next.
/// </summary>
internal static class IndexBatches
{
    public static IEnumerable<string[]> Of(TenantIndexes indexes, IReadOnlyCollection<string> tenants) =>
        tenants.Chunk(tenants.Count <= indexes.Readers.Capacity ? Math.Max(1, tenants.Count) : Math.Max(1, indexes.Readers.Capacity / 2));

    /// <summary>Runs <paramref name="read"/> over the batch; a tenant without a readable index is left out and rechecked.</summary>
    public static T Read<T>(TenantIndexes indexes, SearchBacklog backlog, string[] tenants, string culture, Func<IndexSearcher, T> read, T none)
    {
        var readers = new List<DirectoryReader>(tenants.Length);
        try
        {
            foreach (var tenant in tenants)
            {
                if (indexes.Readers.Acquire(tenant, culture) is { } reader)
                {
                    readers.Add(reader);
                }
                else
                {
                    backlog.Recheck(tenant);
                }
            }
            if (readers.Count == 0)
            {
                return none;
            }
            // The readers belong to the reader set: the MultiReader must not close them.
            using var all = new MultiReader([.. readers], closeSubReaders: false);
            return read(new IndexSearcher(all));
        }
        finally
        {
            readers.ForEach(IndexReaders.Release);
        }
    }
}
