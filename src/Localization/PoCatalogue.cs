namespace Verkostoportaali.Localization;

/// <summary>
/// The PO files at <c>Localization/{AssemblyName}/{culture}.po</c> beside the app, kept apart by source (the assembly
/// folder), so that a module's localizer reads its own entries first (see <see cref="PoStringLocalizerFactory"/>).
/// </summary>
public sealed class PoCatalogue
{
    private readonly Dictionary<string, PluralRule> plurals = [];
    // By msgid, then a short list: every localized string on every page is looked up here, and a string key hashes
    // without the randomized hashing that a tuple of strings pays for each part.
    private readonly Dictionary<string, List<Sourced>> entries = new(StringComparer.Ordinal);
    private readonly List<string> sources = [];

    /// <summary>Adds the files in order; an entry in a later file of a source replaces the same one in an earlier file.</summary>
    public PoCatalogue(IEnumerable<(string Source, string Culture, PoFile File)> files)
    {
        foreach (var (source, name, file) in files)
        {
            var culture = name.ToLowerInvariant();
            plurals[culture] = file.Plural;
            if (!sources.Contains(source))
            {
                sources.Add(source);
            }
            foreach (var entry in file.Entries)
            {
                var sourced = new Sourced(culture, entry.Context, source, entry);
                var same = entries.TryGetValue(entry.Id, out var found) ? found : entries[entry.Id] = [];
                var earlier = same.FindIndex(e => e.Culture == culture && e.Context == entry.Context && e.Source == source);
                if (earlier >= 0)
                {
                    same[earlier] = sourced;
                }
                else
                {
                    same.Add(sourced);
                }
            }
        }
    }

    /// <summary>The sources in the order they were added.</summary>
    public IReadOnlyList<string> Sources => sources;

    /// <summary>Reads <c>{folder}/*/*.po</c>, folders and files in ordinal order so every machine reads alike.</summary>
    public static PoCatalogue Load(string folder) => new(
        from assembly in (Directory.Exists(folder) ? Directory.GetDirectories(folder) : []).Order(StringComparer.Ordinal)
        from path in Directory.EnumerateFiles(assembly, "*.po").Order(StringComparer.Ordinal)
        select (Path.GetFileName(assembly), Path.GetFileNameWithoutExtension(path), PoReader.Read(path)));

    /// <summary>
    /// The translation of <paramref name="id"/> from the first of <paramref name="among"/> (default: every source, in
    /// order) that has one: in <paramref name="context"/>, else without a context; null when none has.
    /// </summary>
    public string? Translate(string culture, string? context, string id, IEnumerable<string>? among = null) =>
        Find(culture, context, id, among)?.Translations[0];

    /// <summary>The plural form that <paramref name="count"/> picks, or null when the entry found has no plural translation.</summary>
    public string? TranslatePlural(string culture, string? context, string id, int count, IEnumerable<string>? among = null) =>
        Find(culture, context, id, among) is { IdPlural: not null } entry
            ? entry.Translations.ElementAtOrDefault(plurals[culture].FormFor(count))
            : null;

    /// <summary>The first source that translates <paramref name="id"/> differently from the msgid, or null.</summary>
    public string? SourceOf(string culture, string? context, string id) =>
        sources.FirstOrDefault(source => Translate(culture, context, id, [source]) is { } text && text != id);

    public IEnumerable<(string Source, PoEntry Entry)> EntriesOf(string culture, IEnumerable<string>? among = null) =>
        from source in among ?? sources
        from same in entries.Values
        from sourced in same
        where sourced.Culture == culture && sourced.Source == source
        select (source, sourced.Entry);

    private PoEntry? Find(string culture, string? context, string id, IEnumerable<string>? among)
    {
        if (!entries.TryGetValue(id, out var same))
        {
            return null;
        }
        // Loops, not LINQ: every localized string on a page passes here. Per source, the entry in the context wins.
        foreach (var source in among ?? sources)
        {
            PoEntry? plain = null;
            foreach (var sourced in same)
            {
                if (sourced.Culture != culture || sourced.Source != source)
                {
                    continue;
                }
                if (sourced.Context is null)
                {
                    plain = sourced.Entry;
                }
                else if (sourced.Context == context)
                {
                    return sourced.Entry;
                }
            }
            if (plain is not null)
            {
                return plain;
            }
        }
        return null;
    }

    private sealed record Sourced(string Culture, string? Context, string Source, PoEntry Entry);
}
