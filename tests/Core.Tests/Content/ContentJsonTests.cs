using System.Text.Json;
using System.Text.Json.Nodes;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Core.Tests.Content;

public sealed class ContentJsonTests
{
    [Fact]
    public void Stored_part_with_a_member_its_record_does_not_know_is_read()
    {
        var item = Stored("""{ "TitlePart": { "title": "Kyläilta", "subtitle": "vanha kenttä" } }""");

        var title = item.Get<TitlePart>();

        Assert.Equal("Kyläilta", title!.Title);
    }

    [Fact]
    public void Applying_a_part_keeps_the_stored_members_its_record_does_not_know()
    {
        var item = Stored("""{ "ContactsPart": { "people": [], "note": { "by": "vanha koodi" } } }""");

        item.Apply(new ContactsPart([new ContactPerson("Maija")]));

        var stored = Part(item, "ContactsPart");
        Assert.Equal("vanha koodi", stored["note"]!["by"]!.GetValue<string>());
        Assert.Equal("Maija", stored["people"]![0]!["name"]!.GetValue<string>());
    }

    [Fact]
    public void Applying_a_part_keeps_unknown_members_of_a_nested_record_but_not_removed_list_entries()
    {
        var item = Stored("""
            { "TripPart": { "day": "2026-06-24", "guide": { "name": "Aino", "badge": 7 }, "stops": ["kirkko", "kauppa"] } }
            """);

        item.Apply(new TripPart(new DateOnly(2026, 6, 25), new Guide("Eino"), ["kirkko"]));

        var stored = Part(item, "TripPart");
        Assert.Equal(7, stored["guide"]!["badge"]!.GetValue<int>());
        Assert.Equal("Eino", stored["guide"]!["name"]!.GetValue<string>());
        Assert.Equal(["kirkko"], stored["stops"]!.AsArray().Select(s => s!.GetValue<string>()));
    }

    [Fact]
    public void Stored_part_without_a_text_or_a_list_it_needs_reads_them_as_empty()
    {
        var item = Stored("""{ "TitlePart": {}, "ContactsPart": { "people": [{ "role": "puheenjohtaja" }] }, "TagsPart": { "tags": null } }""");

        var (title, contacts, tags) = (item.Get<TitlePart>(), item.Get<ContactsPart>(), item.Get<TagsPart>());

        Assert.Equal("", title!.Title);
        Assert.Equal(("", "puheenjohtaja"), (contacts!.People[0].Name, contacts.People[0].Role));
        Assert.Empty(tags!.Tags);
    }

    [Fact]
    public void Stored_part_without_a_date_it_needs_reads_as_missing_and_keeps_what_is_stored()
    {
        var item = Stored("""{ "TripPart": { "guide": { "name": "Aino" }, "stops": [] } }""");

        var trip = item.Get<TripPart>();

        Assert.Null(trip);
        Assert.True(item.Has("TripPart"));
        Assert.Equal("Aino", Part(item, "TripPart")["guide"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public void Holds_compares_only_what_the_record_knows()
    {
        var item = Stored("""{ "TitlePart": { "title": "Kyläilta", "subtitle": "vanha kenttä" } }""");

        var (same, other) = (item.Holds(new TitlePart("Kyläilta")), item.Holds(new TitlePart("Muu")));

        Assert.True(same);
        Assert.False(other);
    }

    [Fact]
    public void Json_a_person_writes_with_a_member_the_record_does_not_know_is_still_refused()
    {
        var reading = () => JsonSerializer.Deserialize<TitlePart>("""{ "title": "Kyläilta", "titel": "kirjoitusvirhe" }""", ContentJson.Options);

        var refused = Assert.Throws<JsonException>(reading);

        Assert.Contains("titel", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Api_json_holds_what_the_records_read_and_nothing_else()
    {
        var item = Stored("""{ "TitlePart": { "title": "Kyläilta", "subtitle": "vanha kenttä" } }""");

        var json = ContentJson.ForApi([item.Get<TitlePart>()!]);

        Assert.Equal("""{"titlePart":{"title":"Kyläilta"}}""", json.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    private static ContentItem Stored(string json) =>
        new() { ContentItemId = "item", VersionId = "version", ContentType = "Trip", Data = JsonNode.Parse(json)!.ToJsonString() };

    private static JsonObject Part(ContentItem item, string name) => JsonNode.Parse(item.Data)![name]!.AsObject();

    public sealed record TripPart(DateOnly Day, Guide Guide, IReadOnlyList<string> Stops) : ContentPart;

    public sealed record Guide(string Name);
}
