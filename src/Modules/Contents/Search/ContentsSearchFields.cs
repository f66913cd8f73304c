using System.Net;
using System.Text.RegularExpressions;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Indexing;

namespace Verkostoportaali.Contents.Search;

/// <summary>The title and the body's text, which every content type shares.</summary>
public sealed partial class ContentsSearchFields : ISearchFields
{
    public void Map(ContentItem item, SearchDocument document)
    {
        document.AddText(SearchFieldNames.Title, item.Get<TitlePart>()?.Title ?? item.DisplayText, boost: 3f);
        if (item.Get<BodyPart>() is { } body)
        {
            document.AddText(SearchFieldNames.Body, TextOf(body.Html));
        }
    }

    /// <summary>The body is sanitised HTML, so dropping tags and decoding entities is enough for search.</summary>
    public static string TextOf(string html) =>
        WebUtility.HtmlDecode(Whitespace().Replace(Tags().Replace(html, " "), " ")).Trim();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
