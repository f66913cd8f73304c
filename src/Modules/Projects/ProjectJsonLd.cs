using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using AngleSharp.Html.Parser;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;

namespace Verkostoportaali.Projects;

/// <summary>
/// schema.org JSON-LD for a project page. schema.org's Project is an Organization, so its period is
/// foundingDate–dissolutionDate and the implementing organisation is its parentOrganization.
/// </summary>
public static class ProjectJsonLd
{
    // Escapes <, > and & as \u003C …, so the JSON can sit inside <script> without closing it; keeps ä and å readable.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string For(ContentItem project, string url)
    {
        var card = project.Get<RegisterCardPart>();
        var json = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Project",
            ["name"] = project.DisplayText,
            ["url"] = url,
        };
        Add(json, "identifier", card?.ProjectNumber);
        Add(json, "description", card?.PublicDescription ?? TextOf(project.Get<BodyPart>()));
        Add(json, "foundingDate", card?.StartDate?.ToString("O", CultureInfo.InvariantCulture));
        Add(json, "dissolutionDate", card?.EndDate?.ToString("O", CultureInfo.InvariantCulture));
        Add(json, "funder", Organization(card?.Programme));
        Add(json, "parentOrganization", Organization(card?.ImplementingOrganisation));
        if (card is { Keywords.Count: > 0 })
        {
            json["keywords"] = new JsonArray([.. card.Keywords.Select(k => JsonValue.Create(k))]);
        }
        return json.ToJsonString(Options);
    }

    private static void Add(JsonObject json, string name, JsonNode? value)
    {
        if (value is not null)
        {
            json[name] = value;
        }
    }

    private static JsonObject? Organization(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : new JsonObject { ["@type"] = "Organization", ["name"] = name };

    private static string? TextOf(BodyPart? body)
    {
        if (body is null)
        {
            return null;
        }
        var document = new HtmlParser().ParseDocument(body.Html);
        var text = string.Join(" ", document.Body!.ChildNodes.Select(n => n.TextContent.Trim()).Where(t => t.Length > 0));
        return text.Length == 0 ? null : text;
    }
}
