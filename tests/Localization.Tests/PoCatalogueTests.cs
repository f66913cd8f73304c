namespace Verkostoportaali.Localization.Tests;

public sealed class PoCatalogueTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "po-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Translation_for_the_context_wins_over_the_one_without()
    {
        var catalogue = Catalogue(("fi", """
            msgid "Sites"
            msgstr "Sivustot"

            msgctxt "Pages.Admin"
            msgid "Sites"
            msgstr "Sivustojen hallinta"
            """));

        Assert.Equal("Sivustojen hallinta", catalogue.Translate("fi", "Pages.Admin", "Sites"));
        Assert.Equal("Sivustot", catalogue.Translate("fi", "Pages.Index", "Sites"));
        Assert.Equal("Sivustot", catalogue.Translate("fi", null, "Sites"));
    }

    [Fact]
    public void Translation_only_for_a_context_serves_no_other_context()
    {
        var catalogue = Catalogue(("fi", """
            msgctxt "Pages.Admin"
            msgid "Sites"
            msgstr "Sivustojen hallinta"
            """));

        Assert.Null(catalogue.Translate("fi", "Pages.Index", "Sites"));
        Assert.Null(catalogue.Translate("fi", null, "Sites"));
    }

    [Fact]
    public void Unknown_msgid_or_culture_has_no_translation()
    {
        var catalogue = Catalogue(("fi", "msgid \"Sites\"\nmsgstr \"Sivustot\""));

        Assert.Null(catalogue.Translate("fi", null, "Events"));
        Assert.Null(catalogue.Translate("sv", null, "Sites"));
    }

    [Theory]
    [InlineData(0, "0 kohdetta")]
    [InlineData(1, "1 kohde")]
    [InlineData(2, "2 kohdetta")]
    [InlineData(21, "21 kohdetta")]
    public void Plural_form_follows_the_count(int count, string expected)
    {
        var catalogue = Catalogue(("fi", """
            msgid "{0} item"
            msgid_plural "{0} items"
            msgstr[0] "{0} kohde"
            msgstr[1] "{0} kohdetta"
            """));

        var form = catalogue.TranslatePlural("fi", null, "{0} item", count);

        Assert.Equal(expected, string.Format(form!, count));
    }

    [Fact]
    public void Entry_in_a_later_file_replaces_the_same_entry_of_an_earlier_one()
    {
        var catalogue = Catalogue(
            ("fi", "msgid \"Sites\"\nmsgstr \"Sivut\"\n\nmsgid \"Events\"\nmsgstr \"Tapahtumat\""),
            ("fi", "msgid \"Sites\"\nmsgstr \"Sivustot\""));

        Assert.Equal("Sivustot", catalogue.Translate("fi", null, "Sites"));
        Assert.Equal("Tapahtumat", catalogue.Translate("fi", null, "Events"));
    }

    [Fact]
    public void Same_msgid_in_two_sources_keeps_both_and_the_first_source_asked_that_has_it_answers()
    {
        var catalogue = new PoCatalogue(
        [
            ("Verkostoportaali.Contents", "fi", PoReader.Parse("msgid \"Role\"\nmsgstr \"Tehtävä\"", "Contents/fi.po")),
            ("Verkostoportaali.Users", "fi", PoReader.Parse("msgid \"Role\"\nmsgstr \"Rooli\"", "Users/fi.po")),
            ("Verkostoportaali.Web", "fi", PoReader.Parse("msgid \"Sites\"\nmsgstr \"Sivustot\"", "Web/fi.po")),
        ]);

        Assert.Equal("Tehtävä", catalogue.Translate("fi", null, "Role", ["Verkostoportaali.Contents", "Verkostoportaali.Web"]));
        Assert.Equal("Rooli", catalogue.Translate("fi", null, "Role", ["Verkostoportaali.Users", "Verkostoportaali.Web"]));
        Assert.Equal("Sivustot", catalogue.Translate("fi", null, "Sites", ["Verkostoportaali.Users", "Verkostoportaali.Web"]));
        Assert.Null(catalogue.Translate("fi", null, "Role", ["Verkostoportaali.Web"]));
    }

    [Fact]
    public void Load_reads_every_assembly_folder_as_a_source_and_names_cultures_after_the_files()
    {
        Write("Verkostoportaali.Contents/fi.po", "msgid \"Project\"\nmsgstr \"Hanke\"");
        Write("Verkostoportaali.Web/fi.po", "msgid \"Sites\"\nmsgstr \"Sivustot\"");
        Write("Verkostoportaali.Web/sv.po", "msgid \"Sites\"\nmsgstr \"Webbplatser\"");

        var catalogue = PoCatalogue.Load(folder);

        Assert.Equal("Hanke", catalogue.Translate("fi", null, "Project"));
        Assert.Equal("Sivustot", catalogue.Translate("fi", null, "Sites"));
        Assert.Equal("Webbplatser", catalogue.Translate("sv", null, "Sites"));
        Assert.Equal(["Verkostoportaali.Contents", "Verkostoportaali.Web"], catalogue.Sources);
    }

    [Fact]
    public void Load_of_a_malformed_file_names_its_path_and_line()
    {
        var path = Write("Verkostoportaali.Web/fi.po", "msgid \"Sites\"\nmsgstr \"Sivustot\"\n\nmsgstr \"Tapahtumat\"");

        var error = Assert.Throws<PoFormatException>(() => PoCatalogue.Load(folder));

        Assert.StartsWith($"{path}, line 4: msgstr without msgid", error.Message);
    }

    [Fact]
    public void Load_of_a_missing_folder_gives_an_empty_catalogue()
    {
        var catalogue = PoCatalogue.Load(folder);

        Assert.Empty(catalogue.EntriesOf("fi"));
    }

    [Theory]
    [InlineData("fi", "Contact information", "Yhteystiedot")]
    [InlineData("sv", "This page in other languages", "Den här sidan på andra språk")]
    [InlineData("fi", "This site is not available.", "Sivusto ei ole käytettävissä.")]
    [InlineData("sv", "This site is not available.", "Webbplatsen är inte tillgänglig.")]
    public void Core_and_module_po_files_are_copied_beside_the_app(string culture, string id, string expected)
    {
        var catalogue = PoCatalogue.Load(Path.Combine(AppContext.BaseDirectory, "Localization"));

        Assert.Equal(expected, catalogue.Translate(culture, "Views.Content.Content.Detail", id,
            ["Verkostoportaali.Contents", "Verkostoportaali.Core"]));
    }

    private static PoCatalogue Catalogue(params (string Culture, string Po)[] files) =>
        new(files.Select(f => ("Verkostoportaali.Web", f.Culture, PoReader.Parse(f.Po, $"{f.Culture}.po"))));

    private string Write(string relativePath, string po)
    {
        var path = Path.Combine(folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, po);
        return path;
    }
}
