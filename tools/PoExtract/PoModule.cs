namespace Verkostoportaali.PoExtract;

/// <summary>
/// A project whose strings have PO files of their own: each <c>src/*</c> (Core, Web …) and each <c>src/Modules/*</c>.
/// Its msgids are the ones its own C# and Razor files use; its PO files are <c>Localization/{fi,sv,en}.po</c> in its folder.
/// </summary>
public sealed record PoModule(string Name, string Folder, string Root)
{
    public static IReadOnlyList<PoModule> All(string root) =>
        [.. Directory.GetDirectories(Path.Combine(root, "src")).Order(StringComparer.Ordinal)
            .Concat(Directory.GetDirectories(Path.Combine(root, "src", "Modules")).Order(StringComparer.Ordinal))
            .Where(folder => Directory.EnumerateFiles(folder, "*.csproj").Any())
            .Select(folder => new PoModule(Path.GetFileName(folder), folder, root))];

    public string PoFile(string culture) => Path.Combine(Folder, "Localization", culture + ".po");

    /// <summary>A path relative to the repository, with forward slashes, as reports and PO references show it.</summary>
    public string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    /// <summary>Every msgid the module's code uses, in the order of its files and lines.</summary>
    public IReadOnlyList<MsgidUse> Uses()
    {
        var csharp = new CSharpMsgids(Sources("*.cs").Select(f => (File.ReadAllText(f), Relative(f))));
        var razor = Sources("*.cshtml").SelectMany(f => RazorMsgids.In(File.ReadAllText(f), Relative(f)));
        return [.. csharp.Uses().Concat(razor)];
    }

    private IEnumerable<string> Sources(string pattern) =>
        Directory.EnumerateFiles(Folder, pattern, SearchOption.AllDirectories)
            .Where(f => !Relative(f).Split('/').Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal);
}
