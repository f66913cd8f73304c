using Verkostoportaali.Core;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Taxonomies;

namespace Verkostoportaali.Providers;

/// <summary>schema.org Organization for search engines: name, description, business id, area, service fields, services and valid quality marks.</summary>
public sealed partial class ProviderJsonLd(Vocabularies vocabularies, FinnishCalendar calendar)
{
    public async Task<string> ForAsync(ContentItem item, string pageUrl, string culture, CancellationToken cancellationToken = default)
    {
        var provider = item.Get<ProviderPart>() ?? new ProviderPart();
        var terms = item.Get<TermsPart>();
        var json = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Organization",
            ["name"] = item.DisplayText,
            ["url"] = provider.Website ?? pageUrl,
            ["mainEntityOfPage"] = pageUrl,
        };
        Add(json, "description", item.Get<BodyPart>() is { } body ? PlainText(body.Html) : null);
        Add(json, "taxID", provider.BusinessId);
        var area = (await NamesAsync(terms, ProviderTerms.Regions, culture, cancellationToken))
            .Concat(await NamesAsync(terms, ProviderTerms.Municipalities, culture, cancellationToken));
        Add(json, "areaServed", new JsonArray([.. area.Select(name => new JsonObject { ["@type"] = "AdministrativeArea", ["name"] = name })]));
        Add(json, "knowsAbout", new JsonArray([.. (await NamesAsync(terms, ProviderTerms.ServiceFields, culture, cancellationToken)).Select(n => JsonValue.Create(n))]));
        var today = calendar.Today;
        Add(json, "award", new JsonArray([.. provider.Services.Where(s => s.QualityMark?.IsExpiredOn(today) == false)
            .Select(s => JsonValue.Create($"{s.QualityMark!.Kind}: {s.Name}"))]));
        Add(json, "hasOfferCatalog", Catalog(provider.Services, item.DisplayText, today));
        return json.ToJsonString(JsonLd.Options);
    }

    private static JsonObject? Catalog(IReadOnlyList<ProviderService> services, string name, DateOnly today) =>
        services.Count == 0 ? null : new JsonObject
        {
            ["@type"] = "OfferCatalog",
            ["name"] = name,
            ["itemListElement"] = new JsonArray([.. services.Select(s => new JsonObject
            {
                ["@type"] = "Offer",
                ["itemOffered"] = Service(s, today),
            })]),
        };

    private static JsonObject Service(ProviderService service, DateOnly today)
    {
        var json = new JsonObject { ["@type"] = "Service", ["name"] = service.Name };
        Add(json, "description", service.Description);
        Add(json, "award", service.QualityMark is { } mark && !mark.IsExpiredOn(today)
            ? $"{mark.Kind} ({mark.Granted:yyyy-MM-dd} – {mark.ValidThrough:yyyy-MM-dd})"
            : null);
        return json;
    }

    private async Task<IReadOnlyList<string>> NamesAsync(TermsPart? terms, string vocabulary, string culture, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        foreach (var id in terms?.Of(vocabulary) ?? [])
        {
            names.Add(await vocabularies.NameAsync(vocabulary, id, culture, cancellationToken));
        }
        return names;
    }

    private static void Add(JsonObject json, string property, JsonNode? value)
    {
        if (value is not null and not JsonArray { Count: 0 })
        {
            json[property] = value;
        }
    }

    private static void Add(JsonObject json, string property, string? value) =>
        Add(json, property, string.IsNullOrWhiteSpace(value) ? null : JsonValue.Create(value));

    // The body was sanitised on save, so tags are all that stand between its words; blocks part words, inline tags do not.
    private static string PlainText(string html) =>
        WhitespaceRun().Replace(WebUtility.HtmlDecode(InlineTag().Replace(BlockTag().Replace(html, " "), "")), " ").Trim();

    [GeneratedRegex(@"</?(?:p|br|li|ul|ol|h[1-6]|div|blockquote|table|tr|td|th)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex InlineTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRun();
}
