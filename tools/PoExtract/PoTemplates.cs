using System.Text;
using System.Text.RegularExpressions;
using Verkostoportaali.Localization;

namespace Verkostoportaali.PoExtract;

/// <summary>
/// Refreshes a module's PO files from its code: entries still used stay as they are (translation, comments, flags),
/// entries no code uses are removed, and each new msgid is added with an empty msgstr for the translator. en.po gets
/// no new entries (the msgid is the English text), but loses unused ones too.
/// </summary>
public static partial class PoTemplates
{
    /// <summary>
    /// Marks an entry whose msgid the code builds at run time (e.g. the generic editor's labels from part member
    /// names), which no extraction can see: it is kept and not reported as unused.
    /// </summary>
    public const string RuntimeMarker = "#. runtime:";

    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex BlankLine();

    /// <summary>The msgids of the entries marked with <see cref="RuntimeMarker"/>.</summary>
    public static IReadOnlySet<string> RuntimeMsgids(string text, string file) =>
        BlankLine().Split(text.ReplaceLineEndings("\n").Trim())
            .Where(block => block.Split('\n').Any(line => line.StartsWith(RuntimeMarker, StringComparison.Ordinal)))
            .SelectMany(block => PoReader.Parse(block, file, all: true).Entries.Select(e => e.Id))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>The refreshed file's text, and what changed, one line each.</summary>
    public static (string Text, IReadOnlyList<string> Changes) Refresh(PoModule module, string culture, IReadOnlyList<MsgidUse> uses)
    {
        var path = module.PoFile(culture);
        var file = module.Relative(path);
        var text = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : Header(module.Name, culture);
        var used = uses.Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        var kept = new List<string>();
        var present = new HashSet<string>(StringComparer.Ordinal);
        var changes = new List<string>();
        foreach (var block in BlankLine().Split(text.Trim()))
        {
            var entries = PoReader.Parse(block, file, all: true).Entries;
            if (entries.Count > 0 && entries.All(e => !used.Contains(e.Id)) && !block.Contains(RuntimeMarker, StringComparison.Ordinal))
            {
                changes.AddRange(entries.Select(e => $"{file}: removed \"{e.Id}\" (no code uses it)"));
                continue;
            }
            present.UnionWith(entries.Select(e => e.Id));
            kept.Add(block);
        }
        if (culture != "en")
        {
            foreach (var group in uses.Where(u => !present.Contains(u.Id)).GroupBy(u => u.Id))
            {
                kept.Add(NewEntry(group.ToList()));
                changes.Add($"{file}: added \"{group.Key}\" without a translation (used at {group.First().Where})");
            }
        }
        return (string.Join("\n\n", kept) + "\n", changes);
    }

    private static string NewEntry(IReadOnlyList<MsgidUse> uses)
    {
        var entry = new StringBuilder();
        entry.Append("#: ").AppendJoin(' ', uses.Select(u => u.Where).Distinct()).Append('\n');
        entry.Append("msgid ").Append(Quote(uses[0].Id)).Append('\n');
        return (uses.FirstOrDefault(u => u.IdPlural is not null)?.IdPlural is { } plural
            ? entry.Append("msgid_plural ").Append(Quote(plural)).Append("\nmsgstr[0] \"\"\nmsgstr[1] \"\"")
            : entry.Append("msgstr \"\"")).ToString();
    }

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\t", "\\t", StringComparison.Ordinal) + "\"";

    private static string Header(string module, string culture) => $"""
        # Verkostoportaali {module}: {culture switch { "fi" => "suomi", "sv" => "svenska", _ => "English" }}.
        msgid ""
        msgstr ""
        "Language: {culture}\n"
        "MIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=UTF-8\n"
        "Content-Transfer-Encoding: 8bit\n"
        "Plural-Forms: nplurals=2; plural=(n != 1);\n"
        """;
}
