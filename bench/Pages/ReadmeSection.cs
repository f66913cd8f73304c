using System.Reflection;

namespace Verkostoportaali.Bench.Pages;

/// <summary>The part of bench/README.md this bench writes: between its two markers, so that the text around it stays as written.</summary>
public static class ReadmeSection
{
    private const string Start = "<!-- bench/Pages results: written by the bench -->";
    private const string End = "<!-- end of bench/Pages results -->";

    /// <summary>bench/README.md of the tree the bench was built from.</summary>
    public static string Path { get; } =
        typeof(ReadmeSection).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BenchReadme").Value!;

    public static void Replace(string markdown)
    {
        var readme = File.ReadAllText(Path);
        var start = readme.IndexOf(Start, StringComparison.Ordinal);
        var end = readme.IndexOf(End, StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            throw new InvalidOperationException($"{Path} has no bench/Pages section to write into: its markers are missing.");
        }
        File.WriteAllText(Path, readme[..(start + Start.Length)] + "\n" + markdown.TrimEnd() + "\n" + readme[end..]);
    }
}
