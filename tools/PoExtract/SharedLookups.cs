using System.Xml.Linq;
using Verkostoportaali.Localization;

namespace Verkostoportaali.PoExtract;

/// <summary>
/// A localizer reads a chain of PO files: its module's own, those of the modules it references, then Web's and Core's
/// (PoSourceChains, which finds the references in the assemblies; here they are the csproj's ProjectReferences). A msgid
/// that two files of one chain translate differently says one thing in two ways, and which one shows depends on who
/// asks: a problem. Two modules that no chain holds together may translate a msgid differently ("Role": a user's role,
/// a contact person's task).
/// </summary>
public static class SharedLookups
{
    /// <summary>The projects every chain ends with; the app (Web) composes every module but reads only these.</summary>
    public static readonly IReadOnlyList<string> Shared = ["Web", "Core"];

    public static IEnumerable<PoProblem> Check(IReadOnlyList<PoModule> modules) =>
        from pair in Pairs(modules)
        from culture in PortalCultures.All
        from problem in Differences(pair.Chain, pair.Module, pair.Other, culture)
        select problem;

    /// <summary>The PO files a lookup of <paramref name="module"/> reads, in order.</summary>
    public static IReadOnlyList<PoModule> Chain(PoModule module, IReadOnlyList<PoModule> modules)
    {
        var chain = new List<PoModule> { module };
        for (var i = 0; i < chain.Count && module.Name != "Web"; i++)
        {
            chain.AddRange(References(chain[i], modules).Where(m => !chain.Contains(m) && !Shared.Contains(m.Name)));
        }
        return [.. chain.Concat(Shared.Select(name => modules.FirstOrDefault(m => m.Name == name)).OfType<PoModule>()).Distinct()];
    }

    private static IEnumerable<(PoModule Chain, PoModule Module, PoModule Other)> Pairs(IReadOnlyList<PoModule> modules) =>
        (from owner in modules
         let chain = Chain(owner, modules)
         from i in Enumerable.Range(0, chain.Count)
         from j in Enumerable.Range(i + 1, chain.Count - i - 1)
         select (owner, chain[i], chain[j])).DistinctBy(p => string.Join('|', new[] { p.Item2.Folder, p.Item3.Folder }.Order(StringComparer.Ordinal)));

    private static IEnumerable<PoModule> References(PoModule module, IReadOnlyList<PoModule> modules) =>
        from project in Directory.EnumerateFiles(module.Folder, "*.csproj")
        from reference in XDocument.Load(project).Descendants("ProjectReference")
        let folder = Path.GetDirectoryName(Path.GetFullPath(Path.Combine(module.Folder, (string)reference.Attribute("Include")!)))
        from referenced in modules.Where(m => Path.GetFullPath(m.Folder) == folder)
        select referenced;

    private static IEnumerable<PoProblem> Differences(PoModule owner, PoModule module, PoModule other, string culture)
    {
        var (own, others) = (Translations(module, culture), Translations(other, culture));
        foreach (var key in Used(module).Intersect(Used(other)))
        {
            var (text, line) = own.GetValueOrDefault(key, (Untranslated(key, culture), 0));
            var (otherText, otherLine) = others.GetValueOrDefault(key, (Untranslated(key, culture), 0));
            if (text is not null && otherText is not null && text != otherText)
            {
                yield return new PoProblem(At(module, culture, line), key.Id, $"is \"{text}\" here but \"{otherText}\" in " +
                    $"{At(other, culture, otherLine)}, and lookups in {owner.Name} read both: translate it alike, or give one a msgctxt");
            }
        }
    }

    // Finnish must list every msgid a project uses (Completeness), so its fi.po says what the project uses.
    private static IEnumerable<(string? Context, string Id)> Used(PoModule module) => Translations(module, PortalCultures.Default).Keys;

    // English lists only what differs from the msgid, so a missing English entry means the msgid itself.
    private static string? Untranslated((string? Context, string Id) key, string culture) => culture == "en" ? key.Id : null;

    private static Dictionary<(string? Context, string Id), (string? Text, int Line)> Translations(PoModule module, string culture)
    {
        var path = module.PoFile(culture);
        return File.Exists(path)
            ? PoReader.Read(path).Entries.ToDictionary(e => (e.Context, e.Id), e => ((string?)string.Join(" | ", e.Translations), e.Line))
            : [];
    }

    private static string At(PoModule module, string culture, int line) =>
        module.Relative(module.PoFile(culture)) + (line > 0 ? $":{line}" : "");
}
