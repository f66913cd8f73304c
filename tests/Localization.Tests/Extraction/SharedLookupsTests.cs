using Verkostoportaali.PoExtract;

namespace Verkostoportaali.Localization.Tests.Extraction;

public sealed class SharedLookupsTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "po-shared-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void Msgid_translated_differently_in_a_module_and_in_web_is_a_problem_naming_both_files_and_lines()
    {
        var (web, users) = (Module("src/Web"), Module("src/Modules/Users"));
        Write(web, "fi", "msgid \"Search\"\nmsgstr \"Hae\"\n\nmsgid \"Role\"\nmsgstr \"Rooli\"\n");
        Write(users, "fi", "msgid \"Role\"\nmsgstr \"Tehtävä\"\n");

        var problems = SharedLookups.Check([web, users]).Select(p => p.ToString()).ToList();

        Assert.Equal(["src/Modules/Users/Localization/fi.po:1: \"Role\" is \"Tehtävä\" here but \"Rooli\" in " +
            "src/Web/Localization/fi.po:4, and lookups in Users read both: translate it alike, or give one a msgctxt"], problems);
    }

    [Fact]
    public void Module_and_a_module_it_references_share_its_lookups_but_two_unrelated_modules_do_not()
    {
        var (contents, networks, users) = (Module("src/Modules/Contents"), Module("src/Modules/Networks"), Module("src/Modules/Users"));
        Write(contents, "fi", "msgid \"Filter\"\nmsgstr \"Suodata\"\n\nmsgid \"Role\"\nmsgstr \"Tehtävä\"\n");
        Write(networks, "fi", "msgid \"Filter\"\nmsgstr \"Rajaa\"\n");
        Write(users, "fi", "msgid \"Filter\"\nmsgstr \"Rajaa\"\n\nmsgid \"Role\"\nmsgstr \"Rooli\"\n");
        File.WriteAllText(Path.Combine(networks.Folder, "Networks.csproj"),
            "<Project><ItemGroup><ProjectReference Include=\"../Contents/Contents.csproj\" /></ItemGroup></Project>");

        var problem = Assert.Single(SharedLookups.Check([contents, networks, users]));

        Assert.Equal("src/Modules/Networks/Localization/fi.po:1", problem.File);
        Assert.Equal("Filter", problem.Id);
        Assert.StartsWith("is \"Rajaa\" here but \"Suodata\" in src/Modules/Contents/Localization/fi.po:1", problem.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void English_left_out_of_one_en_po_is_the_msgid_and_differs_from_a_translation_in_the_other()
    {
        var (core, web) = (Module("src/Core"), Module("src/Web"));
        Write(core, "fi", "msgid \"Sites\"\nmsgstr \"Sivustot\"\n");
        Write(web, "fi", "msgid \"Sites\"\nmsgstr \"Sivustot\"\n");
        Write(web, "en", "msgid \"Sites\"\nmsgstr \"Websites\"\n");

        var problem = Assert.Single(SharedLookups.Check([core, web]));

        Assert.Equal("src/Core/Localization/en.po", problem.File);
        Assert.StartsWith("is \"Sites\" here but \"Websites\" in src/Web/Localization/en.po:1,", problem.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Chain_of_a_module_is_itself_its_references_then_web_and_core_and_the_apps_is_itself_and_core()
    {
        var (core, web, contents, projects) = (Module("src/Core"), Module("src/Web"), Module("src/Modules/Contents"), Module("src/Modules/Projects"));
        File.WriteAllText(Path.Combine(projects.Folder, "Projects.csproj"),
            "<Project><ItemGroup><ProjectReference Include=\"../../Core/Core.csproj\" /><ProjectReference Include=\"../Contents/Contents.csproj\" /></ItemGroup></Project>");
        File.WriteAllText(Path.Combine(web.Folder, "Web.csproj"),
            "<Project><ItemGroup><ProjectReference Include=\"../Modules/Projects/Projects.csproj\" /></ItemGroup></Project>");
        PoModule[] all = [core, web, contents, projects];

        Assert.Equal(["Projects", "Contents", "Web", "Core"], SharedLookups.Chain(projects, all).Select(m => m.Name));
        Assert.Equal(["Web", "Core"], SharedLookups.Chain(web, all).Select(m => m.Name));
        Assert.Equal(["Core", "Web"], SharedLookups.Chain(core, all).Select(m => m.Name));
    }

    private PoModule Module(string folder)
    {
        var module = new PoModule(Path.GetFileName(folder), Path.Combine(root, folder), root);
        Directory.CreateDirectory(module.Folder);
        return module;
    }

    private static void Write(PoModule module, string culture, string po)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(module.PoFile(culture))!);
        File.WriteAllText(module.PoFile(culture), po);
    }
}
