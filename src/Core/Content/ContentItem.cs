using System.Text.Json;
using System.Text.Json.Nodes;

namespace Verkostoportaali.Core.Content;

/// <summary>One version of a content item: the fixed columns every item has, plus its typed parts kept as one JSON document.
/// A new version is a new row; <see cref="Latest"/> and <see cref="Published"/> move between rows.</summary>
public sealed class ContentItem
{
    /// <summary>Row id of this version (database key).</summary>
    public int Id { get; internal set; }
    public required string ContentItemId { get; init; }
    public required string VersionId { get; set; }
    public required string ContentType { get; init; }
    public bool Latest { get; internal set; }
    public bool Published { get; internal set; }
    public string Culture { get; set; } = "fi";
    public string? LocalizationSet { get; set; }
    public string DisplayText { get; set; } = "";
    public string? Slug { get; set; }
    public string? Owner { get; set; }
    public string? Author { get; set; }
    public DateTime CreatedUtc { get; internal set; }
    public DateTime ModifiedUtc { get; internal set; }
    public DateTime? PublishedUtc { get; internal set; }
    /// <summary>Counts the changes to this row: the concurrency token that tells a save it was based on an older state.</summary>
    public int Revision { get; internal set; }

    /// <summary>This state of this version, for an editor to say which one its change was made to.</summary>
    public VersionStamp Stamp => new(VersionId, Revision);

    /// <summary>The parts as JSON: <c>{ "TitlePart": { ... }, ... }</c>. Read and written only through <see cref="Get{TPart}"/> and <see cref="Apply{TPart}"/>.</summary>
    internal string Data { get; set; } = "{}";

    public TPart? Get<TPart>() where TPart : ContentPart => (TPart?)Get(typeof(TPart));

    /// <summary>The part as its record reads it; null when the item has none, or when what is stored lacks a member the record
    /// cannot do without (an event's start date), so that the item still opens and an editor can fill the part in.</summary>
    public ContentPart? Get(Type partType) =>
        Parts().TryGetProperty(partType.Name, out var stored) ? (ContentPart?)ContentJson.ReadStored(stored, partType) : null;

    public bool Has(string partName) => Parts().TryGetProperty(partName, out _);

    public IEnumerable<string> PartNames => Parts().EnumerateObject().Select(p => p.Name);

    /// <summary>Whether the item holds this part with exactly these values, so that applying it would change nothing.</summary>
    public bool Holds(ContentPart part) => JsonNode.Parse(Data) is JsonObject parts && JsonNode.DeepEquals(parts[part.GetType().Name], Merged(parts, part));

    /// <summary>Stores the part; members of the stored part that its record does not know (written by other code) are kept.</summary>
    public ContentItem Apply<TPart>(TPart part) where TPart : ContentPart
    {
        var parts = JsonNode.Parse(Data) as JsonObject ?? [];
        parts[part.GetType().Name] = Merged(parts, part);
        Data = parts.ToJsonString(ContentJson.Options);
        return this;
    }

    private static JsonNode? Merged(JsonObject parts, ContentPart part) => ContentJson.MergeStored(
        parts[part.GetType().Name], JsonSerializer.SerializeToNode(part, part.GetType(), ContentJson.Options), part.GetType());

    /// <summary>Takes <paramref name="key"/> out of the stored part's dictionary <paramref name="member"/>, in this version's JSON:
    /// deleted, or kept under the part's <paramref name="keepUnder"/>, a stored member its record does not read, so that
    /// nothing shows it; whether there was one.</summary>
    public bool TakeOutStored<TPart>(string member, string key, string? keepUnder) where TPart : ContentPart
    {
        var parts = JsonNode.Parse(Data) as JsonObject;
        if (parts?[typeof(TPart).Name] is not JsonObject part
            || part[JsonNamingPolicy.CamelCase.ConvertName(member)] is not JsonObject values
            || !values.Remove(key, out var value))
        {
            return false;
        }
        if (keepUnder is not null)
        {
            if (part[keepUnder] is not JsonObject kept)
            {
                part[keepUnder] = kept = [];
            }
            kept[key] = value;
        }
        Data = parts.ToJsonString(ContentJson.Options);
        return true;
    }

    /// <summary>Takes all parts of another version, e.g. to restore an old version or to start a translation from the original.</summary>
    public ContentItem CopyPartsFrom(ContentItem source)
    {
        Data = source.Data;
        return this;
    }

    // Parsed once per Data value, not per call (mapping an item for search reads its parts many times). Replaced whole,
    // by reference: a published version kept for many requests (Contents' PublishedVersions) is read by several threads.
    private ParsedParts? parsed;

    /// <summary>The parts, parsed; read-only (a change goes through <see cref="Apply{TPart}"/>).</summary>
    private JsonElement Parts() => parsed is { } cached && ReferenceEquals(cached.From, Data)
        ? cached.Parts
        : (parsed = new(Data, JsonElement.Parse(Data) is { ValueKind: JsonValueKind.Object } parts ? parts : JsonElement.Parse("{}"))).Parts;

    private sealed record ParsedParts(string From, JsonElement Parts);

    /// <summary>Whether the other version holds the same values, so that saving this one would change nothing.</summary>
    internal bool SameContentAs(ContentItem other) =>
        (Culture, LocalizationSet, DisplayText, Slug, Owner, Author)
            == (other.Culture, other.LocalizationSet, other.DisplayText, other.Slug, other.Owner, other.Author)
        && JsonElement.DeepEquals(Parts(), other.Parts());

    internal ContentItem NewVersion(string versionId) => new()
    {
        ContentItemId = ContentItemId,
        VersionId = versionId,
        ContentType = ContentType,
        Culture = Culture,
        LocalizationSet = LocalizationSet,
        DisplayText = DisplayText,
        Slug = Slug,
        Owner = Owner,
        Author = Author,
        CreatedUtc = CreatedUtc,
        Data = Data,
    };
}

/// <summary>A typed piece of a content item, stored under its class name. Parts are records.</summary>
public abstract record ContentPart
{
    /// <summary>What machine-readable outputs (the JSON API) may publish of the part; a part holding data its pages
    /// guard, such as contacts' e-mail addresses, leaves it out here.</summary>
    public virtual ContentPart Published() => this;
}

