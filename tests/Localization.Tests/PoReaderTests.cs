namespace Verkostoportaali.Localization.Tests;

public sealed class PoReaderTests
{
    [Fact]
    public void Escapes_become_the_characters_they_stand_for()
    {
        var po = """
            msgid "Line\nbreak"
            msgstr "Rivin\nvaihto\t\"lainaus\" \\ kenoviiva"
            """;

        var entry = Assert.Single(PoReader.Parse(po, "fi.po").Entries);

        Assert.Equal("Line\nbreak", entry.Id);
        Assert.Equal("Rivin\nvaihto\t\"lainaus\" \\ kenoviiva", entry.Translations[0]);
    }

    [Fact]
    public void Continuation_lines_join_into_one_string()
    {
        var po = """
            msgid ""
            "Projects, networks "
            "and events"
            msgstr ""
            "Hankkeet, verkostot "
            "ja tapahtumat"
            """;

        var entry = Assert.Single(PoReader.Parse(po, "fi.po").Entries);

        Assert.Equal("Projects, networks and events", entry.Id);
        Assert.Equal("Hankkeet, verkostot ja tapahtumat", entry.Translations[0]);
    }

    [Fact]
    public void Plural_entry_keeps_one_translation_per_form()
    {
        var po = """
            msgid "1 item"
            msgid_plural "{0} items"
            msgstr[0] "1 kohde"
            msgstr[1] "{0} kohdetta"
            """;

        var entry = Assert.Single(PoReader.Parse(po, "fi.po").Entries);

        Assert.Equal("{0} items", entry.IdPlural);
        Assert.Equal(["1 kohde", "{0} kohdetta"], entry.Translations);
    }

    [Fact]
    public void Context_is_read_with_its_entry_and_separates_equal_msgids()
    {
        var po = """
            msgctxt "Pages.Index"
            msgid "Sites"
            msgstr "Sivustot"

            msgid "Sites"
            msgstr "Sivut"
            """;

        var entries = PoReader.Parse(po, "fi.po").Entries;

        Assert.Equal([("Pages.Index", "Sivustot"), (null, "Sivut")], entries.Select(e => (e.Context, e.Translations[0])));
    }

    [Fact]
    public void Fuzzy_and_untranslated_entries_are_left_out()
    {
        var po = """
            #, fuzzy
            msgid "Sites"
            msgstr "Saitit"
            #, c-format, fuzzy
            msgid "Log in"
            msgstr "Kirjaudu"

            msgid "Log out"
            msgstr ""

            msgid "Sites and events"
            msgstr "Sivustot ja tapahtumat"
            """;

        var entries = PoReader.Parse(po, "fi.po").Entries;

        Assert.Equal(["Sites and events"], entries.Select(e => e.Id));
    }

    [Fact]
    public void Comments_of_every_kind_are_ignored()
    {
        var po = """
            # translator's note
            #. extracted comment
            #: Pages/Index.cshtml:9
            #| msgid "Old sites"
            #, c-format
            msgid "Sites"
            msgstr "Sivustot"
            #~ msgid "Removed"
            #~ msgstr "Poistettu"
            """;

        var entries = PoReader.Parse(po, "fi.po").Entries;

        Assert.Equal([("Sites", "Sivustot")], entries.Select(e => (e.Id, e.Translations[0])));
    }

    [Fact]
    public void Header_is_read_for_its_plural_forms_and_is_not_an_entry()
    {
        var po = """
            msgid ""
            msgstr ""
            "Language: sv\n"
            "Plural-Forms: nplurals=2; plural=n != 1;\n"

            msgid "Sites"
            msgstr "Webbplatser"
            """;

        var file = PoReader.Parse(po, "sv.po");

        Assert.Same(PluralRule.NotOne, file.Plural);
        Assert.Equal(["Sites"], file.Entries.Select(e => e.Id));
    }

    [Theory]
    [InlineData("nplurals=2; plural=(n != 1);")]
    [InlineData("nplurals=2; plural=n!=1")]
    [InlineData(" nplurals = 2 ;  plural = ( n != 1 ) ; ")]
    public void Plural_rule_of_finnish_swedish_and_english_is_understood_however_spaced(string pluralForms)
    {
        var rule = PluralRule.Parse(pluralForms);

        Assert.NotNull(rule);
        Assert.Equal([1, 0, 1, 1], new[] { 0, 1, 2, 5 }.Select(rule.FormFor));
    }

    [Fact]
    public void Unsupported_plural_forms_fail_naming_file_and_line()
    {
        var po = """
            # Polish
            msgid ""
            msgstr ""
            "Plural-Forms: nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 ? 1 : 2);\n"
            """;

        var error = Assert.Throws<PoFormatException>(() => PoReader.Parse(po, "pl.po"));

        Assert.StartsWith("pl.po, line 2: Plural-Forms \"nplurals=3;", error.Message);
        Assert.Contains("not supported", error.Message);
    }

    [Fact]
    public void Windows_line_endings_are_read_like_unix_ones()
    {
        var po = "msgid \"Sites\"\r\nmsgstr \"Sivustot\"\r\n\r\nmsgid \"Log in\"\r\nmsgstr \"Kirjaudu\"\r\n";

        var entries = PoReader.Parse(po, "fi.po").Entries;

        Assert.Equal(["Sivustot", "Kirjaudu"], entries.Select(e => e.Translations[0]));
    }

    [Theory]
    [InlineData("msgstr \"Sivustot\"", 1, "msgstr without msgid")]
    [InlineData("msgid \"Sites\"\nmsgstr \"Sivustot", 2, "unterminated string")]
    [InlineData("msgid \"Sites\"\nmsgstr \"Sivustot\\\"", 2, "unterminated string")]
    [InlineData("msgid \"Sites\"\nmsgstring \"Sivustot\"", 2, "unknown keyword 'msgstring'")]
    [InlineData("msgid \"Sites\\q\"\nmsgstr \"Sivustot\"", 1, "unknown escape '\\q'")]
    [InlineData("msgid \"Sites\"\nmsgstr Sivustot", 2, "expected a quoted string")]
    [InlineData("msgid \"Sites\"\nmsgstr \"Sivustot\" x", 2, "text after the closing quote")]
    [InlineData("\"Sivustot\"", 1, "a string outside an entry")]
    [InlineData("msgid \"Sites\"\n\nmsgid \"Log in\"\nmsgstr \"Kirjaudu\"", 3, "the msgid on line 1 has no msgstr")]
    [InlineData("\n\nmsgid \"Sites\"", 3, "msgid without msgstr")]
    [InlineData("msgid \"Sites\"\nmsgstr[0] \"Sivustot\"", 2, "msgstr[0] without msgid_plural")]
    [InlineData("msgid \"item\"\nmsgid_plural \"items\"\nmsgstr \"kohde\"", 3, "use msgstr[0]")]
    [InlineData("msgid \"item\"\nmsgid_plural \"items\"\nmsgstr[2] \"kohteita\"", 3, "Plural-Forms has 2 forms")]
    [InlineData("msgid \"Sites\"\nmsgstr \"Sivustot\"\n\nmsgid \"Sites\"\nmsgstr \"Sivut\"", 4, "already on line 1")]
    public void Malformed_file_fails_naming_file_line_and_problem(string po, int line, string problem)
    {
        var error = Assert.Throws<PoFormatException>(() => PoReader.Parse(po, "Localization/fi.po"));

        Assert.StartsWith($"Localization/fi.po, line {line}: ", error.Message);
        Assert.Contains(problem, error.Message);
    }
}
