namespace Verkostoportaali.Localization;

/// <summary>
/// The PO files at <c>Localization/{AssemblyName}/{culture}.po</c> beside the app, kept apart by source (the assembly
/// folder), so that a module's localizer reads its own entries first (see <see cref="PoStringLocalizerFactory"/>).
/// </summary>
public sealed class PoCatalogue
{
    private readonly Dictionary<string, PluralRule> plurals = [];
    // By what a lookup asks, then by source: one lookup per string instead of one per source the localizer tries.
    private readonly Dictionary<(string Culture, string? Context, string Id), Dictionary<string, PoEntry>> entries = [];
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
                var key = (culture, entry.Context, entry.Id);
                (entries.TryGetValue(key, out var bySource) ? bySource : entries[key] = [])[source] = entry;
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
        from entry in entries
        where entry.Key.Culture == culture
        let found = entry.Value.GetValueOrDefault(source)
        where found is not null
        select (source, found);

    private PoEntry? Find(string culture, string? context, string id, IEnumerable<string>? among)
    {
        var inContext = context is null ? null : entries.GetValueOrDefault((culture, context, id));
        var plain = entries.GetValueOrDefault((culture, null, id));
        if (inContext is null && plain is null)
        {
            return null;
        }
        // A loop, not LINQ: every localized string on a page passes here.
        foreach (var source in among ?? sources)
        {
            if ((inContext?.GetValueOrDefault(source) ?? plain?.GetValueOrDefault(source)) is { } entry)
            {
                return entry;
            }
        }
        return null;
    }
}
