using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Fi;
using Lucene.Net.Analysis.Hunspell;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Sv;
using Lucene.Net.Util;
using Microsoft.Extensions.Logging;

namespace Verkostoportaali.Search.Analysis;

/// <summary>
/// The analyzers of each culture: Finnish through voikko, Swedish through Hunspell (sv_FI), English through Lucene's.
/// When a system library is missing, Lucene's own analyzer of the language is used and one warning is logged.
/// </summary>
public sealed class SearchAnalyzers : IDisposable
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;
    public static readonly IReadOnlyList<string> Cultures = ["fi", "sv", "en"];
    private static readonly string[] SwedishDictionaries = ["/usr/share/hunspell/sv_FI", "/usr/share/hunspell/sv_SE"];

    private readonly VoikkoAnalyses? voikko;
    private readonly Analyzer finnishIndex, finnishQuery, english, exact;
    // Parsing the Hunspell dictionary takes about a second of CPU: done on first Swedish use, not before the server starts.
    private readonly Lazy<Analyzer> swedish;

    public SearchAnalyzers(ILogger<SearchAnalyzers> logger)
    {
        voikko = VoikkoAnalyses.TryCreate(out var problem);
        if (voikko is null)
        {
            logger.LogWarning("Finnish search uses Lucene's FinnishAnalyzer, without base forms or compound parts: {Problem}", problem);
            finnishIndex = finnishQuery = new FinnishAnalyzer(Version);
        }
        else
        {
            finnishIndex = Finnish(voikko, withParts: true);
            finnishQuery = Finnish(voikko, withParts: false);
        }
        swedish = new Lazy<Analyzer>(() => Swedish(logger));
        english = new EnglishAnalyzer(Version);
        exact = Analyzer.NewAnonymous((_, reader) =>
        {
            var words = new WordTokenizer(reader, keepHyphens: false);
            return new TokenStreamComponents(words, new LowerCaseFilter(Version, words));
        });
    }

    /// <summary>Whether Finnish is analysed with voikko (false: the fallback).</summary>
    public bool HasVoikko => voikko is not null;

    /// <summary>Lower-cased surface words, for boosting exact phrases and marking snippets.</summary>
    public Analyzer Exact => exact;

    public static string CultureOf(string? culture) => culture is not null && Cultures.Contains(culture) ? culture : "fi";

    public Analyzer ForIndex(string culture) => CultureOf(culture) switch
    {
        "sv" => swedish.Value,
        "en" => english,
        _ => finnishIndex,
    };

    public Analyzer ForQuery(string culture) => CultureOf(culture) == "fi" ? finnishQuery : ForIndex(culture);

    public void Dispose()
    {
        var built = swedish.IsValueCreated ? [swedish.Value] : Array.Empty<Analyzer>();
        foreach (var analyzer in new[] { finnishIndex, finnishQuery, english, exact }.Concat(built).Distinct())
        {
            analyzer.Dispose();
        }
        voikko?.Dispose();
    }

    private static Analyzer Finnish(VoikkoAnalyses voikko, bool withParts) => Analyzer.NewAnonymous((_, reader) =>
    {
        var words = new WordTokenizer(reader, keepHyphens: true);
        return new TokenStreamComponents(words, new VoikkoFilter(words, voikko, withParts));
    });

    private static Analyzer Swedish(ILogger logger)
    {
        var path = SwedishDictionaries.FirstOrDefault(p => File.Exists(p + ".dic") && File.Exists(p + ".aff"));
        if (path is null)
        {
            logger.LogWarning("Swedish search uses Lucene's SwedishAnalyzer: no Hunspell dictionary in /usr/share/hunspell (install hunspell-sv).");
            return new SwedishAnalyzer(Version);
        }
        Dictionary dictionary;
        using (var affix = File.OpenRead(path + ".aff"))
        using (var words = File.OpenRead(path + ".dic"))
        {
            dictionary = new Dictionary(affix, words);
        }
        return Analyzer.NewAnonymous((_, reader) =>
        {
            var tokens = new WordTokenizer(reader, keepHyphens: false);
            // The word itself stays beside its stems, so an exact form still matches when Hunspell over-stems.
            TokenStream stream = new KeywordRepeatFilter(new LowerCaseFilter(Version, tokens));
            stream = new RemoveDuplicatesTokenFilter(new HunspellStemFilter(stream, dictionary, dedup: true, longestOnly: false));
            return new TokenStreamComponents(tokens, stream);
        });
    }
}
