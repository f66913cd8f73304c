using System.Text;

namespace Verkostoportaali.Search.Querying;

/// <summary>
/// What a visitor typed, read as plain words (all required) and quoted phrases. There is no other syntax, so no
/// input can be a syntax error: brackets, operators and wildcards are just punctuation, which analysis drops.
/// </summary>
public sealed record VisitorQuery(IReadOnlyList<string> Words, IReadOnlyList<string> Phrases)
{
    // Longer input is cut: no one types 500 characters into a search box, and each word costs a clause.
    public const int MaxLength = 500;
    public const int MaxParts = 16;
    private static readonly HashSet<string> Operators = new(StringComparer.Ordinal) { "AND", "OR", "NOT", "&&", "||" };

    public bool IsEmpty => Words.Count == 0 && Phrases.Count == 0;

    /// <summary>The query in one string, the same for queries that differ only in case or spacing.</summary>
    public string Key => string.Join(' ', Words).ToLowerInvariant() + "\"" + string.Join('"', Phrases).ToLowerInvariant();

    public static VisitorQuery Parse(string? text)
    {
        var clean = Clean(text);
        var words = new List<string>();
        var phrases = new List<string>();
        var segments = clean.Split('"');
        for (var i = 0; i < segments.Length; i++)
        {
            // Odd segments are inside quotes; an unclosed quote runs to the end, as the visitor meant.
            if (i % 2 == 1 && !string.IsNullOrWhiteSpace(segments[i]))
            {
                phrases.Add(segments[i].Trim());
                continue;
            }
            words.AddRange(segments[i].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(w => !Operators.Contains(w)));
        }
        return new VisitorQuery([.. words.Take(MaxParts)], [.. phrases.Take(MaxParts)]);
    }

    private static string Clean(string? text)
    {
        var value = text ?? "";
        if (value.Length > MaxLength)
        {
            value = value[..MaxLength];
        }
        var clean = new StringBuilder(value.Length);
        foreach (var c in Normalized(value))
        {
            clean.Append(char.IsControl(c) || char.IsSurrogate(c) ? ' ' : c is '“' or '”' or '„' ? '"' : c);
        }
        return clean.ToString();
    }

    // Normalize throws on code points a visitor can still send (U+FFFE, a lone surrogate); such text is used as it is.
    private static string Normalized(string value)
    {
        try
        {
            return value.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return value;
        }
    }
}
