using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Verkostoportaali.Core.Content;

/// <summary>The one place content JSON is (de)serialized with.</summary>
public static class ContentJson
{
    /// <summary>For JSON people write (recipes, forms): a member the record does not know, or lacks, is a mistake to report.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
    };

    // What the store wrote may come from older or newer code: a member the record does not know is skipped (and kept by
    // MergeStored), one it lacks is completed where "nothing" has an obvious form.
    private static readonly JsonSerializerOptions Stored = new(Options) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip };

    /// <summary>Reads what the store wrote (from the element's UTF-8 text; a JsonNode would first be written out again, escaping
    /// every "ä"); null when a member without an obvious empty form (a date, a number) is missing.</summary>
    internal static object? ReadStored(JsonElement stored, Type type)
    {
        try
        {
            return stored.Deserialize(type, Stored);
        }
        catch (JsonException)
        {
            // Only stored JSON older than its record gets here, so the common read pays for no copy.
        }
        try
        {
            return Completed(JsonNode.Parse(stored.GetRawText())!, type).Deserialize(type, Stored);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Like <see cref="ReadStored(JsonElement, Type)"/>, but a stored type definition or setting that cannot be read is an error.</summary>
    internal static T ReadStored<T>(string json) =>
        (T)(ReadStored(JsonElement.Parse(json), typeof(T)) ?? throw new JsonException($"Stored {typeof(T).Name} cannot be read: {json}"));

    /// <summary>Parts as a JSON object with camelCase keys, for APIs: what their records publish, nothing else that is stored.</summary>
    public static JsonObject ForApi(IEnumerable<ContentPart> parts) => new(parts.Select(part => KeyValuePair.Create(
        JsonNamingPolicy.CamelCase.ConvertName(part.GetType().Name), JsonSerializer.SerializeToNode(part.Published(), part.GetType(), Options))));

    /// <summary>The record's fresh JSON with the members of the stored JSON that the record does not know, also in nested records;
    /// lists and maps are the record's own, so that an entry removed from them stays removed.</summary>
    internal static JsonNode? MergeStored(JsonNode? stored, JsonNode? fresh, Type type)
    {
        if (stored is not JsonObject old || fresh is not JsonObject merged || Stored.GetTypeInfo(type) is not { Kind: JsonTypeInfoKind.Object } info)
        {
            return fresh;
        }
        foreach (var (name, value) in old)
        {
            if (info.Properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)) is { } member)
            {
                MergeStored(value, merged[member.Name], member.PropertyType);
            }
            else
            {
                merged[name] = value?.DeepClone();
            }
        }
        return merged;
    }

    // Fills in, in place, each missing (or null) member the record needs whose empty form is obvious: "" for text, [] for a
    // list, {} for a map; records inside lists and maps are completed alike.
    private static JsonNode Completed(JsonNode node, Type type)
    {
        var info = Stored.GetTypeInfo(type);
        switch (node)
        {
            case JsonArray array when info.ElementType is { } element:
                array.Where(e => e is not null).ToList().ForEach(e => Completed(e!, element));
                break;
            case JsonObject map when info.Kind == JsonTypeInfoKind.Dictionary && info.ElementType is { } element:
                map.Where(e => e.Value is not null).ToList().ForEach(e => Completed(e.Value!, element));
                break;
            case JsonObject record when info.Kind == JsonTypeInfoKind.Object:
                foreach (var member in info.Properties)
                {
                    var name = record.FirstOrDefault(p => string.Equals(p.Key, member.Name, StringComparison.OrdinalIgnoreCase)).Key ?? member.Name;
                    if (record[name] is { } value)
                    {
                        Completed(value, member.PropertyType);
                    }
                    else if (Needed(member, present: record.ContainsKey(name)) && Empty(member.PropertyType) is { } empty)
                    {
                        record[name] = empty;
                    }
                }
                break;
        }
        return node;
    }

    private static bool Needed(JsonPropertyInfo member, bool present) =>
        present ? !(member.AssociatedParameter?.IsNullable ?? member.IsSetNullable) : member.IsRequired;

    private static JsonNode? Empty(Type type) => type == typeof(string) ? JsonValue.Create("")
        : Stored.GetTypeInfo(type).Kind switch
        {
            JsonTypeInfoKind.Enumerable => new JsonArray(),
            JsonTypeInfoKind.Dictionary => new JsonObject(),
            _ => null,
        };
}
