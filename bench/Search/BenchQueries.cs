using Verkostoportaali.Bench.Harness;

namespace Verkostoportaali.Bench.Search;

/// <summary>
/// What visitors type: base forms that must find inflected and compound words, a few inflected forms, pairs and a
/// phrase, and the names of places and compounds that only some sites' pages hold.
/// </summary>
public static class BenchQueries
{
    public static readonly IReadOnlyList<string> All =
    [
        "kylä", "palvelu", "hanke", "verkosto", "kehittäminen", "hyvinvointi", "maaseutu", "osallisuus", "yhdistys",
        "toimintamalli", "yritys", "kunta", "asukas", "luonto", "vapaaehtoinen", "hankkeen", "kylien", "palveluja",
        "kylien palvelut", "hyvinvoinnin palvelut", "maaseudun kehittäminen", "leader", "green care", "monipalvelupiste",
        "\"paikallisen kehittämisen\"", "nuoret", "tapahtuma", "yhteistyö", "rahoitus", "ely-keskus",
        "kuopio", "sotkamo", "rovaniemi", "kajaani", "porvoo", "matkailu", "hevonen", "saaristo", "kirjasto", "museo",
    ];

    private const int PoolSize = 5000;
    private const double PairShare = 0.3;
    private static readonly char[] Separators = [' ', '.', ',', ':', ';', '(', ')', '"', '!', '?', '*'];

    /// <summary>
    /// The queries of <paramref name="count"/> requests as visitors send them: drawn by Zipf's law (rank r with weight
    /// 1/r, as in search logs) from <see cref="All"/> followed by words and word pairs of generated page titles, 5,000
    /// queries in all: a few are asked again and again, most once or never.
    /// </summary>
    public static IReadOnlyList<string> Visitors(int count, int seed)
    {
        var pool = Pool(seed);
        var random = new Random(seed);
        var cumulative = new double[pool.Count];
        var sum = 0.0;
        for (var rank = 0; rank < pool.Count; rank++)
        {
            cumulative[rank] = sum += 1.0 / (rank + 1);
        }
        return [.. Enumerable.Range(0, count).Select(_ => pool[Rank(random.NextDouble() * sum)])];

        int Rank(double target)
        {
            var at = Array.BinarySearch(cumulative, target);
            return Math.Min(pool.Count - 1, at >= 0 ? at : ~at);
        }
    }

    /// <summary>Queries from the end of the pool, which visitors rarely send: for a warm-up that leaves the result cache cold.</summary>
    public static IReadOnlyList<string> Rare(int count, int seed) => [.. Pool(seed).TakeLast(count)];

    private static List<string> Pool(int seed)
    {
        var text = new FinnishText(seed);
        var random = new Random(seed);
        var pool = new List<string>(All);
        var known = new HashSet<string>(All, StringComparer.Ordinal);
        while (pool.Count < PoolSize)
        {
            text.Site();
            var words = text.Title().Split(Separators, StringSplitOptions.RemoveEmptyEntries)
                .Select(w => w.ToLowerInvariant()).Where(w => w.Length >= 4).ToArray();
            if (words.Length == 0)
            {
                continue;
            }
            var at = random.Next(words.Length);
            var query = at + 1 < words.Length && random.NextDouble() < PairShare ? words[at] + " " + words[at + 1] : words[at];
            if (known.Add(query))
            {
                pool.Add(query);
            }
        }
        return pool;
    }
}
