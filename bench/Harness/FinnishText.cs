using System.Text.Json;

namespace Verkostoportaali.Bench.Harness;

/// <summary>
/// Finnish titles and bodies made from the demo content's sentences (<c>finnish-sentences.txt</c>, copied from
/// <c>recipes/demo</c> and <c>tests/Fixtures/seeds</c>): half the sentences are real ones, half are new chains of the
/// same words, where each word follows one that it follows somewhere in the real text. The seeds have only ~700 word
/// forms, where a real portal's text has tens of thousands, so chained words are varied as Finnish text varies: some
/// become compounds (<c>palveluja</c> → <c>matkailupalveluja</c>) and some are followed by a municipality's name
/// (from the municipalities recipe). Both are drawn with Zipf's law, so a few are common and most are rare. Each site
/// writes about its own things: its pages draw their real sentences and chain starts from the site's own few sentences,
/// and its compound parts and places in the site's own order of frequency. Seeded, so every run is the same.
/// </summary>
public sealed class FinnishText
{
    // Common first parts of compounds in rural development texts, most frequent first.
    private static readonly string[] CompoundParts =
    [
        "kylä", "palvelu", "maaseutu", "yritys", "hyvinvointi", "luonto", "kehittämis", "matkailu", "nuoriso", "kulttuuri",
        "yhteistyö", "ympäristö", "lähi", "metsä", "ruoka", "energia", "asukas", "koulutus", "liikunta", "vesi",
        "talkoo", "tapahtuma", "verkosto", "seutu", "perhe", "vanhus", "harrastus", "elämys", "maatila", "kierto",
        "ilmasto", "tieto", "asiakas", "työ", "ammatti", "koulu", "kirjasto", "terveys", "hoiva", "eläin",
        "hevos", "marja", "sieni", "järvi", "saaristo", "erä", "retki", "kauppa", "osuus", "tie",
        "liikenne", "kuljetus", "sähkö", "aurinko", "tuuli", "kala", "riista", "mökki", "loma", "majoitus",
        "ravintola", "käsityö", "taide", "musiikki", "teatteri", "museo", "perinne", "kotiseutu", "puu", "rakennus",
    ];
    private const double CompoundShare = 0.08;
    private const double PlaceShare = 0.04;
    private const int SentencesPerSite = 10;
    private static readonly char[] Separators = [' ', '.', ',', ':', ';', '(', ')', '"', '!', '?', '*'];

    private readonly string[] sentences;
    private readonly Dictionary<string, string[]> next;
    private readonly string[] places;
    private readonly Random random;
    private string[] siteSentences = [];
    private string[] siteParts = [];
    private string[] sitePlaces = [];
    private readonly HashSet<string> forms = new(StringComparer.Ordinal);

    public FinnishText(int seed)
    {
        sentences = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "finnish-sentences.txt")).Where(s => s.Length > 0).ToArray();
        var words = sentences.Select(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        next = words.SelectMany(w => w.Zip(w.Skip(1))).GroupBy(p => p.First, p => p.Second).ToDictionary(g => g.Key, g => g.ToArray());
        places = Municipalities();
        random = new Random(seed);
    }

    /// <summary>The pages made next are a new site's: its own sentences, compound parts and places. Call before a site's first page.</summary>
    public void Site()
    {
        siteSentences = random.GetItems(sentences, SentencesPerSite);
        siteParts = [.. CompoundParts];
        random.Shuffle(siteParts);
        sitePlaces = [.. places];
        random.Shuffle(sitePlaces);
    }

    /// <summary>How many distinct word forms (lower-cased) the titles and bodies made so far hold.</summary>
    public int DistinctWords => forms.Count;

    public string Title()
    {
        var words = Chain(random.Next(3, 8));
        return Counted(string.Join(' ', words).TrimEnd('.', ','));
    }

    /// <summary>One to six paragraphs of one to three sentences, as HTML.</summary>
    public string Html()
    {
        var paragraphs = Enumerable.Range(0, random.Next(1, 7))
            .Select(_ => "<p>" + string.Join(' ', Enumerable.Range(0, random.Next(1, 4)).Select(_ => Sentence())) + "</p>");
        return Counted(string.Concat(paragraphs));
    }

    /// <summary>Two to five sentences as plain text, for a description field.</summary>
    public string Paragraph() => Counted(string.Join(' ', Enumerable.Range(0, random.Next(2, 6)).Select(_ => Sentence())));

    private string Counted(string text)
    {
        foreach (var word in text.Replace("<p>", " ").Replace("</p>", " ").Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            forms.Add(word.ToLowerInvariant());
        }
        return text;
    }

    private string Sentence()
    {
        if (random.Next(2) == 0)
        {
            return siteSentences[random.Next(siteSentences.Length)];
        }
        var sentence = string.Join(' ', Chain(random.Next(8, 25)));
        return sentence.EndsWith('.') ? sentence : sentence.TrimEnd(',') + ".";
    }

    private List<string> Chain(int length)
    {
        var start = siteSentences[random.Next(siteSentences.Length)];
        var words = new List<string> { start[..Math.Max(1, start.IndexOf(' '))] };
        while (words.Count < length && next.TryGetValue(words[^1], out var followers))
        {
            words.Add(followers[random.Next(followers.Length)]);
        }
        return [.. words.SelectMany(Varied)];
    }

    private IEnumerable<string> Varied(string word)
    {
        var plainWord = word.Length >= 5 && word.All(c => char.IsLower(c) || c is '.' or ',');
        if (plainWord && random.NextDouble() < CompoundShare)
        {
            yield return Zipf(siteParts) + word;
        }
        else
        {
            yield return word;
        }
        if (random.NextDouble() < PlaceShare && !word.EndsWith('.'))
        {
            yield return Zipf(sitePlaces);
        }
    }

    // Rank r is drawn with weight 1/r, as word frequencies fall in natural text.
    private string Zipf(string[] ranked)
    {
        var harmonic = Math.Log(ranked.Length) + 0.5772;
        var target = random.NextDouble() * harmonic;
        var sum = 0.0;
        for (var rank = 0; rank < ranked.Length; rank++)
        {
            sum += 1.0 / (rank + 1);
            if (sum >= target)
            {
                return ranked[rank];
            }
        }
        return ranked[^1];
    }

    // The municipalities' Finnish names in a fixed random order, so the common ones are not all from one region.
    private static string[] Municipalities()
    {
        using var recipe = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "municipalities.recipe.json")));
        var names = recipe.RootElement.GetProperty("steps")[0].GetProperty("terms").EnumerateArray()
            .Select(t => t.GetProperty("name").GetProperty("fi").GetString()!).ToArray();
        new Random(17).Shuffle(names);
        return names;
    }
}
