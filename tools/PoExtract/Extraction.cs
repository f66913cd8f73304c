using Verkostoportaali.Localization;

namespace Verkostoportaali.PoExtract;

/// <summary>The two things the command does, over every module of the repository.</summary>
public static class Extraction
{
    /// <summary>Reports every problem, one line each; 1 when there is any.</summary>
    public static int Check(string root, TextWriter output)
    {
        var modules = PoModule.All(root);
        var problems = modules.SelectMany(Completeness.Check).Concat(SharedLookups.Check(modules)).ToList();
        problems.ForEach(output.WriteLine);
        output.WriteLine(problems.Count == 0 ? "PO files are complete." : $"{problems.Count} problems in the PO files.");
        return problems.Count == 0 ? 0 : 1;
    }

    /// <summary>Rewrites the PO files that change, printing each change; then checks, so that what is left to translate shows.</summary>
    public static int Refresh(string root, TextWriter output)
    {
        foreach (var module in PoModule.All(root))
        {
            var uses = module.Uses();
            if (uses.Count == 0 && !File.Exists(module.PoFile("fi")))
            {
                continue;
            }
            foreach (var culture in PortalCultures.All)
            {
                var (text, changes) = PoTemplates.Refresh(module, culture, uses);
                if (changes.Count > 0 || !File.Exists(module.PoFile(culture)))
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(module.PoFile(culture))!);
                    File.WriteAllText(module.PoFile(culture), text);
                }
                changes.ToList().ForEach(output.WriteLine);
            }
        }
        return Check(root, output);
    }
}

/// <summary>Finds the repository: the nearest folder up from a start that holds Verkostoportaali.sln.</summary>
public static class Repository
{
    public static string Find(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Verkostoportaali.sln")))
            {
                return folder.FullName;
            }
        }
        throw new DirectoryNotFoundException($"No Verkostoportaali.sln in {start} or above it.");
    }
}
