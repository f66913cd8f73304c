namespace Verkostoportaali.Bench.Search;

/// <summary>
/// Finnish titles and bodies made from the demo content's sentences (<c>finnish-sentences.txt</c>, copied from
/// <c>recipes/demo</c> and <c>tests/Fixtures/seeds</c>): half the sentences are real ones, half are new chains of the
/// same words, where each word follows one that it follows somewhere in the real text. Seeded, so every run is the same.
/// </summary>
public sealed class FinnishText
{
    private readonly string[] sentences;
    private readonly Dictionary<string, string[]> next;
    private readonly string[] starts;
    private readonly Random random;

    public FinnishText(int seed)
    {
        sentences = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "finnish-sentences.txt")).Where(s => s.Length > 0).ToArray();
        var words = sentences.Select(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        next = words.SelectMany(w => w.Zip(w.Skip(1))).GroupBy(p => p.First, p => p.Second).ToDictionary(g => g.Key, g => g.ToArray());
        starts = words.Select(w => w[0]).ToArray();
        random = new Random(seed);
        Words = words.SelectMany(w => w).Select(w => w.Trim('.', ',', ':', ';', '(', ')', '"', '!', '?')).Where(w => w.Length > 3)
            .Distinct().Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Every distinct word form of the source text, longer than three letters.</summary>
    public IReadOnlyList<string> Words { get; }

    public string Title()
    {
        var words = Chain(random.Next(3, 8));
        return string.Join(' ', words).TrimEnd('.', ',');
    }

    /// <summary>Three to eight paragraphs of one to three sentences, as HTML.</summary>
    public string Html()
    {
        var paragraphs = Enumerable.Range(0, random.Next(3, 9))
            .Select(_ => "<p>" + string.Join(' ', Enumerable.Range(0, random.Next(1, 4)).Select(_ => Sentence())) + "</p>");
        return string.Concat(paragraphs);
    }

    private string Sentence()
    {
        if (random.Next(2) == 0)
        {
            return sentences[random.Next(sentences.Length)];
        }
        var sentence = string.Join(' ', Chain(random.Next(8, 25)));
        return sentence.EndsWith('.') ? sentence : sentence.TrimEnd(',') + ".";
    }

    private List<string> Chain(int length)
    {
        var words = new List<string> { starts[random.Next(starts.Length)] };
        while (words.Count < length && next.TryGetValue(words[^1], out var followers))
        {
            words.Add(followers[random.Next(followers.Length)]);
        }
        return words;
    }
}
