using Verkostoportaali.PoExtract;

namespace Verkostoportaali.Localization.Tests.Extraction;

public sealed class PoTemplatesTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "po-extract-" + Guid.NewGuid().ToString("N"));
    private readonly PoModule module;

    public PoTemplatesTests()
    {
        module = new PoModule("Events", Path.Combine(root, "src", "Modules", "Events"), root);
        Directory.CreateDirectory(Path.Combine(module.Folder, "Localization"));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void Refresh_keeps_translations_and_comments_removes_unused_and_adds_new_ids_untranslated()
    {
        File.WriteAllText(module.PoFile("fi"), """
            msgid ""
            msgstr "Plural-Forms: nplurals=2; plural=(n != 1);\n"

            #. The list's heading
            msgid "Events"
            msgstr "Tapahtumat"

            msgid "Gone"
            msgstr "Poissa"
            """);

        var (text, changes) = PoTemplates.Refresh(module, "fi", [Use("Events"), Use("Past events"), new("{0} day", "{0} days", "X.cshtml", 3)]);

        Assert.Contains("#. The list's heading\nmsgid \"Events\"\nmsgstr \"Tapahtumat\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Gone", text, StringComparison.Ordinal);
        Assert.Contains("#: X.cshtml:1\nmsgid \"Past events\"\nmsgstr \"\"", text, StringComparison.Ordinal);
        Assert.Contains("msgid \"{0} day\"\nmsgid_plural \"{0} days\"\nmsgstr[0] \"\"\nmsgstr[1] \"\"", text, StringComparison.Ordinal);
        Assert.Equal(3, changes.Count);
        Assert.Contains(changes, c => c.Contains("removed \"Gone\"", StringComparison.Ordinal));
        Assert.Equal(3, PoReader.Parse(text, "fi.po", all: true).Entries.Count);
    }

    [Fact]
    public void English_gets_no_new_entries_because_the_msgid_is_english()
    {
        var (text, changes) = PoTemplates.Refresh(module, "en", [Use("Events")]);

        Assert.DoesNotContain("msgid \"Events\"", text, StringComparison.Ordinal);
        Assert.Empty(changes);
        Assert.Empty(PoReader.Parse(text, "en.po").Entries);
    }

    [Fact]
    public void Check_names_the_file_the_msgid_and_the_culture_missing_and_the_line_of_an_unused_entry()
    {
        Directory.CreateDirectory(Path.Combine(module.Folder, "Pages"));
        File.WriteAllText(Path.Combine(module.Folder, "Pages", "Index.cshtml"), "<h1>@T[\"Events\"]</h1>");
        File.WriteAllText(module.PoFile("fi"), "msgid \"Events\"\nmsgstr \"Tapahtumat\"\n\nmsgid \"Gone\"\nmsgstr \"Poissa\"\n");
        File.WriteAllText(module.PoFile("sv"), "#, fuzzy\nmsgid \"Events\"\nmsgstr \"Evenemang\"\n");

        var problems = Completeness.Check(module).Select(p => p.ToString()).ToList();

        Assert.Equal(
        [
            "src/Modules/Events/Localization/fi.po:4: \"Gone\" is used by no code of the module: remove it",
            "src/Modules/Events/Localization/sv.po: \"Events\" is untranslated or fuzzy (used at src/Modules/Events/Pages/Index.cshtml:1)",
        ], problems);
    }

    private static MsgidUse Use(string id) => new(id, null, "X.cshtml", 1);
}
