using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;

namespace Verkostoportaali.Networks;

/// <summary>schema.org Organization for search engines: name, purpose, area, founding date and contact points.</summary>
public static class NetworkJsonLd
{
    public static string For(ContentItem item, string url)
    {
        var network = item.Get<NetworkPart>() ?? new NetworkPart();
        var json = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Organization",
            ["name"] = item.DisplayText,
            ["url"] = url,
        };
        Add(json, "description", network.Purpose);
        Add(json, "areaServed", network.AreaOfOperation);
        Add(json, "foundingDate", network.Started?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var contacts = item.Get<ContactsPart>()?.People ?? [];
        if (contacts.Count > 0)
        {
            json["contactPoint"] = new JsonArray([.. contacts.Select(ContactPoint)]);
        }
        return JsonSerializer.Serialize(json, JsonLd.Options);
    }

    // No e-mail: the page keeps contact addresses out of its HTML for scrapers, and JSON-LD is HTML too.
    private static JsonNode ContactPoint(ContactPerson person)
    {
        var point = new JsonObject { ["@type"] = "ContactPoint", ["name"] = person.Name };
        Add(point, "contactType", person.Role);
        Add(point, "telephone", person.Phone);
        return point;
    }

    private static void Add(JsonObject json, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            json[name] = value;
        }
    }
}
