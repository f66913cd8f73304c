using Verkostoportaali.Localization;

namespace Verkostoportaali.PoExtract;

/// <summary>One thing a translator or developer has to fix, said so that it can be found: the file, the msgid and what is wrong.</summary>
public sealed record PoProblem(string File, string Id, string Problem)
{
    public override string ToString() => $"{File}: \"{Id}\" {Problem}";
}

/// <summary>
/// Compares a module's msgids with its PO files. Finnish and Swedish must translate every msgid. English may stay sparse:
/// a msgid is English already, so en.po lists only the texts whose English differs from the msgid. In every file, an
/// entry that no code of the module uses is a problem, so that translators are not left with dead strings.
/// </summary>
public static class Completeness
{
    public static readonly IReadOnlyList<string> Required = ["fi", "sv"];

    public static IEnumerable<PoProblem> Check(PoModule module)
    {
        var uses = module.Uses();
        var used = uses.Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var culture in PortalCultures.All)
        {
            var path = module.PoFile(culture);
            var file = module.Relative(path);
            var text = File.Exists(path) ? File.ReadAllText(path) : "";
            var entries = PoReader.Parse(text, file, all: true).Entries;
            var runtime = PoTemplates.RuntimeMsgids(text, file);
            if (Required.Contains(culture))
            {
                foreach (var use in uses.DistinctBy(u => u.Id))
                {
                    var entry = entries.FirstOrDefault(e => e.Id == use.Id);
                    var state = entry switch
                    {
                        null => "is missing",
                        { IsTranslated: false } => "is untranslated or fuzzy",
                        { IdPlural: null } when use.IdPlural is not null => "needs msgid_plural and a msgstr per plural form",
                        _ => null,
                    };
                    if (state is not null)
                    {
                        yield return new PoProblem(file, use.Id, $"{state} (used at {use.Where})");
                    }
                }
            }
            foreach (var entry in entries.Where(e => !used.Contains(e.Id) && !runtime.Contains(e.Id)))
            {
                yield return new PoProblem($"{file}:{entry.Line}", entry.Id, "is used by no code of the module: remove it");
            }
        }
    }
}
