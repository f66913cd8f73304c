using System.Text.RegularExpressions;

namespace Verkostoportaali.Contents.Import;

/// <summary>
/// Tells whether a text is Finnish, Swedish or English by scoring its words: each of a language's most frequent words
/// counts two, each word ending in one of its typical endings one. Hand-written: no language detector is served as a
/// package here, and three languages with lists this short are told apart reliably from a sentence or two.
/// </summary>
public static partial class TextLanguage
{
    private sealed record Profile(string Culture, HashSet<string> Words, string[] Endings);

    private static readonly Profile[] Profiles =
    [
        new("fi",
            ["ja", "on", "ei", "se", "että", "sekä", "tai", "kuin", "myös", "ovat", "oli", "hanke", "hankkeen", "hankkeessa", "joka", "jossa",
             "jonka", "niin", "kanssa", "mukaan", "eri", "lisäksi", "avulla", "tavoitteena", "kautta", "kehittää", "sen", "ole", "voi"],
            ["ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "ksi", "iden", "isen", "inen", "oiden", "eiden", "aan", "ään", "mme", "nsa", "nsä"]),
        new("sv",
            ["och", "att", "det", "som", "en", "ett", "är", "av", "för", "med", "till", "på", "om", "den", "de", "inte", "har", "kan", "från",
             "eller", "också", "projektet", "samt", "vid", "genom", "under", "nya", "sig", "där"],
            ["ning", "ningar", "heten", "arna", "erna", "ande", "ende", "tion", "liga", "lig"]),
        new("en",
            ["the", "and", "of", "to", "in", "is", "for", "on", "with", "that", "by", "as", "are", "this", "be", "from", "at", "an", "it",
             "was", "project", "which", "also", "their", "will", "or", "has", "have", "its", "new"],
            ["ing", "tion", "ment", "ness", "ity", "ed", "ly"]),
    ];

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Words();

    /// <summary>"fi", "sv" or "en" for the language that scores highest; null when no language scores or two tie.</summary>
    public static string? Detect(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var words = Words().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();
        var scores = Profiles.Select(p => (p.Culture, Score: words.Sum(w => Score(p, w)))).OrderByDescending(s => s.Score).ToList();
        return scores[0].Score > 0 && scores[0].Score > scores[1].Score ? scores[0].Culture : null;
    }

    private static int Score(Profile profile, string word) =>
        profile.Words.Contains(word) ? 2
        : word.Length > 4 && profile.Endings.Any(word.EndsWith) ? 1
        : 0;
}
