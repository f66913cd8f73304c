namespace Verkostoportaali.Search;

/// <summary>The <c>Portal:Search</c> configuration section.</summary>
public sealed class SearchOptions
{
    public const string Section = "Portal:Search";

    /// <summary>
    /// How often every tenant's outbox is checked for rows this node has not applied, such as rows another node sharing
    /// the databases wrote (changes made here are indexed at once); zero turns it off.
    /// </summary>
    public TimeSpan OutboxCheck { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How many pages of search results are kept for the next visitor who asks the same, until any index changes (a
    /// listing across the sites counts as a page for each 50 items it holds); zero turns the cache off.
    /// </summary>
    public int ResultCacheEntries { get; set; } = 1000;

    /// <summary>
    /// This node's name in every tenant's <c>SearchCursors</c>; by default the machine's name and a hash of the data folder,
    /// which holds the node's indexes, so two portals on one machine with their own data folders are two nodes.
    /// </summary>
    public string? NodeName { get; set; }

    /// <summary>
    /// A node whose cursor has not been updated for this long is taken to be gone: applied outbox rows are deleted
    /// without waiting for it, and it rebuilds its indexes if it comes back behind them.
    /// </summary>
    public TimeSpan StaleNodeAfter { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How many index readers (one per tenant and culture) stay open; by default a share of the file limit.</summary>
    public int? MaxOpenIndexes { get; set; }

    /// <summary>
    /// A reader holds a file per index segment (a few, as merges keep them few); a tenant's database and the server's
    /// sockets need files too. A quarter of the process's file limit, at 4 files a reader, leaves them three quarters.
    /// </summary>
    public static int DefaultMaxOpenIndexes() => Math.Max(64, OpenFileLimit() / 16);

    private static int OpenFileLimit()
    {
        // Linux states the limit in /proc; elsewhere a common default of 1,024 is assumed.
        const string Limits = "/proc/self/limits";
        var line = File.Exists(Limits) ? File.ReadLines(Limits).FirstOrDefault(l => l.StartsWith("Max open files", StringComparison.Ordinal)) : null;
        var soft = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(3);
        return int.TryParse(soft, out var limit) ? limit : 1024;
    }
}
