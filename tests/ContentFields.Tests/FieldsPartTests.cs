using Verkostoportaali.Core.Content;

namespace Verkostoportaali.ContentFields.Tests;

public sealed class FieldsPartTests
{
    [Theory]
    [InlineData(ContentFieldKind.Text, "Ikäihmiset")]
    [InlineData(ContentFieldKind.Number, "-12.5")]
    [InlineData(ContentFieldKind.Date, "2026-06-24")]
    [InlineData(ContentFieldKind.Link, "https://kylat.fi/tapahtumat")]
    [InlineData(ContentFieldKind.YesNo, "false")]
    [InlineData(ContentFieldKind.Term, "kulttuuri-ja-taide")]
    public void Value_written_as_its_kind_reads(ContentFieldKind kind, string stored)
    {
        var value = FieldValue.Read(Field(kind), stored);

        Assert.Equal(stored, value?.Stored);
    }

    [Theory]
    [InlineData(ContentFieldKind.Number, "12,5")]
    [InlineData(ContentFieldKind.Date, "ensi viikolla")]
    [InlineData(ContentFieldKind.Date, "24.6.2026")]
    [InlineData(ContentFieldKind.Link, "javascript:alert(1)")]
    [InlineData(ContentFieldKind.Link, "kylat.fi")]
    [InlineData(ContentFieldKind.YesNo, "kyllä")]
    [InlineData(ContentFieldKind.Term, "")]
    public void Value_that_does_not_read_as_the_fields_kind_is_none(ContentFieldKind kind, string stored)
    {
        var value = FieldValue.Read(Field(kind), stored);

        Assert.Null(value);
    }

    [Fact]
    public void Values_are_read_as_their_kinds_types()
    {
        var part = new FieldsPart(new Dictionary<string, string> { ["n"] = "12.5", ["d"] = "2026-06-24", ["l"] = "https://kylat.fi/", ["y"] = "true" });

        var values = part.Shown([Field(ContentFieldKind.Number, "n"), Field(ContentFieldKind.Date, "d"), Field(ContentFieldKind.Link, "l"), Field(ContentFieldKind.YesNo, "y")]);

        Assert.Equal([12.5m, new DateOnly(2026, 6, 24), new Uri("https://kylat.fi/"), true], values.Select(v => v.Value));
    }

    [Fact]
    public void Shown_values_are_those_of_current_fields_that_read_as_the_fields_kind_in_the_fields_order()
    {
        var part = new FieldsPart(new Dictionary<string, string> { ["paiva"] = "ensi viikolla", ["poistettu"] = "vanha", ["sivu"] = "https://kylat.fi", ["nimi"] = "Kylä" });

        var shown = part.ShownOnly([Field(ContentFieldKind.Text, "nimi"), Field(ContentFieldKind.Date, "paiva"), Field(ContentFieldKind.Link, "sivu")]);

        Assert.Equal(["nimi", "sivu"], shown.Values.Keys);
    }

    private static ContentFieldDefinition Field(ContentFieldKind kind, string name = "kentta") => new(name, kind, new LocalizedText(name));
}
