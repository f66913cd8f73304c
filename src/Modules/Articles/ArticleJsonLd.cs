using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;

namespace Verkostoportaali.Articles;

/// <summary>schema.org Article for search engines: headline, lead, author, picture and dates.</summary>
public static class ArticleJsonLd
{
    public static string For(ContentItem item, string url)
    {
        var article = item.Get<ArticlePart>() ?? new ArticlePart();
        var json = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Article",
            ["headline"] = item.DisplayText,
            ["url"] = url,
            ["inLanguage"] = item.Culture,
            ["datePublished"] = article.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? item.PublishedUtc?.ToString("O"),
            ["dateModified"] = item.ModifiedUtc.ToString("O"),
        };
        if (article.Lead is not null)
        {
            json["description"] = article.Lead;
        }
        if (article.Author is not null)
        {
            json["author"] = new JsonObject { ["@type"] = "Person", ["name"] = article.Author };
        }
        if (article.ImageUrl is not null)
        {
            json["image"] = article.ImageUrl;
        }
        return JsonSerializer.Serialize(json, JsonLd.Options);
    }
}
