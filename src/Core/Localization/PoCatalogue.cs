namespace Verkostoportaali.Core.Localization;

// One catalogue for all assemblies, because ASP.NET gives a module's views the host app's name as their location.
/// <summary>Every PO file at <c>Localization/{AssemblyName}/{culture}.po</c> beside the app, merged per culture.</summary>
public sealed class PoCatalogue
{
    private readonly Dictionary<string, PluralRule> plurals = [];
    private readonly Dictionary<(string Culture, string? Context, string Id), PoEntry> entries = [];

    /// <summary>Merges the files in order; an entry in a later file replaces the same one in an earlier file.</summary>
    public PoCatalogue(IEnumerable<(string Culture, PoFile File)> files)
    {
        foreach (var (name, file) in files)
        {
            var culture = name.ToLowerInvariant();
            plurals[culture] = file.Plural;
            foreach (var entry in file.Entries)
            {
                entries[(culture, entry.Context, entry.Id)] = entry;
            }
        }
    }

    /// <summary>Reads <c>{folder}/*/*.po</c>, folders and files in ordinal order so every machine merges alike.</summary>
    public static PoCatalogue Load(string folder) => new(
        from assembly in (Directory.Exists(folder) ? Directory.GetDirectories(folder) : []).Order(StringComparer.Ordinal)
        from path in Directory.EnumerateFiles(assembly, "*.po").Order(StringComparer.Ordinal)
        select (Path.GetFileNameWithoutExtension(path), PoReader.Read(path)));

    /// <summary>The translation of <paramref name="id"/> in <paramref name="context"/>, else without a context, else null.</summary>
    public string? Translate(string culture, string? context, string id) => Find(culture, context, id)?.Translations[0];

    /// <summary>The plural form that <paramref name="count"/> picks, or null when the entry has no plural translation.</summary>
    public string? TranslatePlural(string culture, string? context, string id, int count) =>
        Find(culture, context, id) is { IdPlural: not null } entry
            ? entry.Translations.ElementAtOrDefault(plurals[culture].FormFor(count))
            : null;

    public IEnumerable<PoEntry> EntriesOf(string culture) =>
        entries.Where(e => e.Key.Culture == culture).Select(e => e.Value);

    private PoEntry? Find(string culture, string? context, string id) =>
        (context is null ? null : entries.GetValueOrDefault((culture, context, id)))
            ?? entries.GetValueOrDefault((culture, null, id));
}
