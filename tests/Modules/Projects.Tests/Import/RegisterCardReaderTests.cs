using Verkostoportaali.Contents;
using Verkostoportaali.Projects.Import;

namespace Verkostoportaali.Projects.Tests.Import;

public sealed class RegisterCardReaderTests
{
    [Fact]
    public void Finnish_seed_001_is_read_field_by_field()
    {
        var card = Assert.Single(RegisterCardReader.ReadAll(Fixtures.Text(Fixtures.Seed001)));

        Assert.Equal(CardLanguage.Finnish, card.Language);
        Assert.Equal("fi", card.Culture);
        Assert.Empty(card.Warnings);
        Assert.StartsWith("Hanke hakee ratkaisuja Pohjois-Savon maaseutukuntien", card.Fields.PublicDescription, StringComparison.Ordinal);
        Assert.Equivalent(new RegisterCardPart
        {
            ProjectNumber = "145432",
            Name = "Osallisuudella uusia palveluratkaisuja ja hyvinvointia Pohjois-Savoon",
            ImplementingOrganisation = "Kehittämisyhdistys Mansikka ry",
            StartDate = new DateOnly(2020, 12, 31),
            EndDate = new DateOnly(2024, 7, 1),
            StatedStatus = "Päättynyt",
            PublicDescription = Fixtures.Line(Fixtures.Seed001, 14),
            Programme = "Manner-Suomen maaseudun kehittämisohjelma 2014–2020",
            IsLeader = false,
            Measure = "Kehittämishanke",
            SubMeasure = "7.4 Maaseudun palvelut",
            MeasureType = "Maaseudun palvelujen ja kylien kehittäminen",
            MeasureSpecifier = "Maaseudun palvelut, kehittäminen",
            Scope = "Paikallinen/Alueellinen",
            Keywords = [],
            CardCulture = "fi",
        }, card.Fields, strict: true);
    }

    [Fact]
    public void Seed_002_with_the_newer_Swedish_labels_and_Finnish_text_is_read_field_by_field_as_a_Finnish_card()
    {
        var card = Assert.Single(RegisterCardReader.ReadAll(Fixtures.Text(Fixtures.Seed002)));

        Assert.Equal(CardLanguage.Swedish, card.Language);
        Assert.Equal("fi", card.Culture);
        Assert.Equal([1], card.Warnings.Select(w => w.Line));
        Assert.StartsWith("Hankkeen päämääränä on kehittää järjestöjen", card.Fields.PublicDescription, StringComparison.Ordinal);
        Assert.Equivalent(new RegisterCardPart
        {
            ProjectNumber = "21673",
            Name = "YHTÄ KÖYTTÄ -Kylien hyvinvoinnin monipalvelupisteet Länsi-Pohjassa",
            ImplementingOrganisation = "Pohjoisen yhteisöjen tuki - Majakka ry",
            StartDate = new DateOnly(2016, 9, 1),
            EndDate = new DateOnly(2019, 6, 27),
            StatedStatus = "Avslutat",
            PublicDescription = Fixtures.Line(Fixtures.Seed002, 14),
            Programme = "Manner-Suomen maaseudun kehittämisohjelma 2014 - 2020",
            IsLeader = true,
            Measure = "Utvecklingsprojekt",
            SubMeasure = "7.4 Service på landsbygden",
            MeasureType = "Service på landsbygden och utveckling av byar",
            MeasureSpecifier = "Landsbygdsservice, utveckling",
            Scope = "Interregional",
            Keywords = [],
            CardCulture = "sv",
        }, card.Fields, strict: true);
    }

    [Fact]
    public void Seed_003_from_the_older_Swedish_UI_is_read_field_by_field_as_Finnish_with_its_lost_dashes_repaired()
    {
        var card = Assert.Single(RegisterCardReader.ReadAll(Fixtures.Text(Fixtures.Seed003)));

        Assert.Equal(CardLanguage.OldSwedishUi, card.Language);
        Assert.Equal("fi", card.Culture);
        Assert.Equal([14, 1], card.Warnings.Select(w => w.Line));
        Assert.Contains("Palveleva yhteisö 2020 -hanke lisää", card.Fields.PublicDescription, StringComparison.Ordinal);
        Assert.Contains("Palveleva yhteisö 2020 – hanke toteutetaan", card.Fields.PublicDescription, StringComparison.Ordinal);
        Assert.DoesNotContain("¿", card.Fields.PublicDescription, StringComparison.Ordinal);
        Assert.Equivalent(new RegisterCardPart
        {
            ProjectNumber = "67867",
            Name = "Palveleva yhteisö 2020",
            ImplementingOrganisation = "Saarijärven kaupunki",
            StartDate = new DateOnly(2018, 5, 31),
            EndDate = new DateOnly(2020, 6, 23),
            StatedStatus = "Avslutat",
            PublicDescription = Fixtures.Line(Fixtures.Seed003, 14).Replace("2020 ¿hanke", "2020 -hanke", StringComparison.Ordinal)
                .Replace("2020 ¿ hanke", "2020 – hanke", StringComparison.Ordinal),
            Programme = "Manner-Suomen maaseudun kehittämisohjelma 2014 - 2020",
            IsLeader = false,
            Measure = "Utvecklingsprojekt",
            SubMeasure = "7.4 Service på landsbygden",
            MeasureType = "Service på landsbygden och utveckling av byar",
            MeasureSpecifier = "Landsbygdsservice, utveckling",
            Scope = "Lokal/Regional",
            SpecificObjective = "4",
            Keywords = ["nätverk", "samhörighet"],
            CardCulture = "sv",
        }, card.Fields, strict: true);
    }

    [Fact]
    public void Card_of_the_2023_2027_period_with_single_line_breaks_has_no_start_date_and_an_empty_keyword_value()
    {
        var card = Assert.Single(RegisterCardReader.ReadAll(Fixtures.Text(Fixtures.Card2023To2027)));

        Assert.Empty(card.Warnings);
        Assert.Equivalent(new RegisterCardPart
        {
            ProjectNumber = "310457",
            Name = "Kylätalot kuntoon Pohjois-Savossa",
            ImplementingOrganisation = "Kehittämisyhdistys Mansikka ry",
            EndDate = new DateOnly(2027, 12, 31),
            StatedStatus = "Käynnissä",
            PublicDescription = "Hanke kartoittaa Pohjois-Savon kylätalojen korjaustarpeet ja kokoaa talkooväen.\nKylätalot ovat kylien olohuoneita.",
            Programme = "Euroopan maaseuturahasto 2023–2027",
            IsLeader = true,
            RuralAreaType = "Harvaan asuttu maaseutu",
            Measure = "Kehittämishanke",
            SubMeasure = "Leader-kehittämishanke",
            TargetObjective = "SO8",
            Keywords = [],
            CardCulture = "fi",
        }, card.Fields, strict: true);
    }

    [Fact]
    public void Empty_keyword_value_between_two_labels_is_no_keyword_and_no_warning()
    {
        var text = Fixtures.Text(Fixtures.Seed001).Replace("Ajankohtaista hankkeesta", "Asiasanat\n\nAjankohtaista hankkeesta", StringComparison.Ordinal);

        var card = Assert.Single(RegisterCardReader.ReadAll(text));

        Assert.Empty(card.Fields.Keywords);
        Assert.Empty(card.Warnings);
    }

    [Fact]
    public void Text_cut_in_the_middle_of_the_description_keeps_what_is_there_and_warns_at_its_last_line()
    {
        var text = string.Join("\n", File.ReadAllLines(Fixtures.PathOf(Fixtures.Seed001)).Take(14)).Remove(1000);

        var card = Assert.Single(RegisterCardReader.ReadAll(text));

        Assert.Equal("145432", card.Fields.ProjectNumber);
        Assert.Equal(new DateOnly(2020, 12, 31), card.Fields.StartDate);
        Assert.Equal("Kehittämishanke", card.Fields.Measure);
        Assert.EndsWith(text[^40..], card.Fields.PublicDescription, StringComparison.Ordinal);
        Assert.Null(card.Fields.Programme);
        var warning = Assert.Single(card.Warnings);
        Assert.Equal(14, warning.Line);
        Assert.Contains("cut short", warning.Format(), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_cut_after_a_label_leaves_that_field_empty()
    {
        var lines = File.ReadAllLines(Fixtures.PathOf(Fixtures.Seed001));
        var text = string.Join("\n", lines.TakeWhile(l => l != "Alatoimenpide").Append("Alatoimenpide"));

        var card = Assert.Single(RegisterCardReader.ReadAll(text));

        Assert.Equal("Kehittämishanke", card.Fields.Measure);
        Assert.Null(card.Fields.SubMeasure);
        Assert.Null(card.Fields.Scope);
        Assert.Contains(card.Warnings, w => w.Format().Contains("cut short", StringComparison.Ordinal));
    }

    [Fact]
    public void Contacts_section_gives_the_projects_contact_people_and_names_its_page_date_and_stray_lines()
    {
        var text = Fixtures.Text(Fixtures.Seed001) + """


            Eeva-Liisa Kemppainen
            hankevetäjä
            Elävä Kainuu LEADER ry
            Puh. 040 774 2080
            Email: eeva-liisa.kemppainen@kainuuleader.fi

            Laura Syrén

            Projektipäällikkö
            +358407461690
            laura.syren@witas.fi
            050 111 2222

            Sivu päivitetty 31.3.2020
            """;

        var card = Assert.Single(RegisterCardReader.ReadAll(text));

        Assert.Equal(
        [
            new ContactPerson("Eeva-Liisa Kemppainen", "hankevetäjä", "Elävä Kainuu LEADER ry", "040 774 2080", "eeva-liisa.kemppainen@kainuuleader.fi"),
            new ContactPerson("Laura Syrén", "Projektipäällikkö", Phone: "+358407461690", Email: "laura.syren@witas.fi"),
        ], card.Contacts);
        Assert.Equal(
        [
            "Line 73: \"050 111 2222\" in the contacts section belongs to no contact person and was not imported.",
            "Line 75: \"Sivu päivitetty 31.3.2020\" is the page's date; a project is dated by its start and end, so it was not imported.",
        ], card.Warnings.Select(w => w.Format()).Order());
    }

    [Fact]
    public void Card_with_only_a_description_and_details_is_read_and_its_missing_header_is_named()
    {
        var text = """
            Julkinen hankekuvaus

            Kylien yhteinen hanke.

            Lisätiedot

            Hankenumero

            99001

            Toimenpide

            Kehittämishanke

            Hankkeen yhteyshenkilöt
            """;

        var card = Assert.Single(RegisterCardReader.ReadAll(text));

        Assert.Equal("99001", card.Fields.ProjectNumber);
        Assert.Equal("Kylien yhteinen hanke.", card.Fields.PublicDescription);
        Assert.Equal("Kehittämishanke", card.Fields.Measure);
        Assert.Equal("", card.Fields.Name);
        Assert.Equal(["Line 1: The card has no project name.", "Line 1: The card has no implementing organisation."],
            card.Warnings.Select(w => w.Format()));
    }

    [Fact]
    public void Unknown_label_is_a_warning_with_its_line_number_and_the_other_fields_are_read()
    {
        var text = Fixtures.Text(Fixtures.Seed001).Replace("Paikallinen/Alueellinen\n", "Paikallinen/Alueellinen\n\nRahoitus\n\n120 000 €\n", StringComparison.Ordinal);

        var card = Assert.Single(RegisterCardReader.ReadAll(text));

        Assert.Equal("Paikallinen/Alueellinen", card.Fields.Scope);
        Assert.Equal("7.4 Maaseudun palvelut", card.Fields.SubMeasure);
        var warning = Assert.Single(card.Warnings);
        Assert.Equal(58, warning.Line);
        Assert.Equal("Line 58: Unknown label \"Rahoitus\" (value \"120 000 €\") was not imported.", warning.Format());
    }

    [Fact]
    public void Value_that_is_not_a_date_is_a_warning_and_the_date_stays_empty()
    {
        var text = Fixtures.Text(Fixtures.Seed001).Replace("\n01.07.2024\n", "\n31.02.2024\n", StringComparison.Ordinal);

        var card = Assert.Single(RegisterCardReader.ReadAll(text));

        Assert.Equal(new DateOnly(2024, 7, 1), card.Fields.EndDate);
        Assert.Contains(card.Warnings, w => w.Line == 32 && w.Format().Contains("\"31.02.2024\" is not a date", StringComparison.Ordinal));
    }

    [Fact]
    public void Header_number_that_differs_from_the_labelled_one_is_a_warning_and_the_labelled_one_wins()
    {
        var text = Fixtures.Text(Fixtures.Seed001).Replace("Kehittämishanke - 145432", "Kehittämishanke - 145433", StringComparison.Ordinal);

        var card = Assert.Single(RegisterCardReader.ReadAll(text));

        Assert.Equal("145432", card.Fields.ProjectNumber);
        var warning = Assert.Single(card.Warnings);
        Assert.Equal("Line 22: The header says \"145433\" but \"Hankenumero\" says \"145432\"; the labelled value was imported.", warning.Format());
    }

    [Fact]
    public void Labels_broken_by_a_wrong_encoding_are_still_recognised_and_values_are_kept_as_written()
    {
        var text = Fixtures.Text(Fixtures.Seed001)
            .Replace("Aloituspäivämäärä", "AloituspÃ¤ivÃ¤mÃ¤Ã¤rÃ¤", StringComparison.Ordinal)
            .Replace("Kehittämisyhdistys Mansikka ry", "KehittÃ¤misyhdistys Mansikka ry", StringComparison.Ordinal);

        var card = Assert.Single(RegisterCardReader.ReadAll(text));

        Assert.Equal(new DateOnly(2020, 12, 31), card.Fields.StartDate);
        Assert.Equal("KehittÃ¤misyhdistys Mansikka ry", card.Fields.ImplementingOrganisation);
        Assert.Empty(card.Warnings);
    }

    [Fact]
    public void Text_with_two_cards_gives_two_cards_with_their_own_lines()
    {
        var first = Fixtures.Text(Fixtures.Seed001);

        var cards = RegisterCardReader.ReadAll(first + "\n\n" + Fixtures.Text(Fixtures.Seed003));

        Assert.Equal(["145432", "67867"], cards.Select(c => c.Fields.ProjectNumber));
        Assert.Equal((1, 60), (cards[0].FirstLine, cards[0].LastLine));
        Assert.Equal(62, cards[1].FirstLine);
        Assert.Empty(cards[0].Warnings);
        Assert.Equal([75, 62], cards[1].Warnings.Select(w => w.Line));
    }

    [Theory]
    [InlineData("000_4d50205153021b53.txt")]
    [InlineData("004_fb2ed6bd087a104a.txt")]
    public void Unrelated_text_holds_no_card(string seed)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", seed));

        Assert.Empty(RegisterCardReader.ReadAll(text));
    }
}
