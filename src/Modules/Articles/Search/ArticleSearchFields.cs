using System.Globalization;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Indexing;

namespace Verkostoportaali.Articles.Search;

/// <summary>A story's lead and author as text; its year (its own date's, else its publishing year) for the year facet.</summary>
public sealed class ArticleSearchFields : ISearchFields
{
    public void Map(ContentItem item, SearchDocument document)
    {
        if (item.Get<ArticlePart>() is not { } article)
        {
            return;
        }
        document.AddText(SearchFieldNames.Body, article.Lead, boost: 1.5f)
            .AddText("author", article.Author)
            .AddKeyword(SearchFieldNames.Year, ArticlePart.DateOf(item)?.Year.ToString(CultureInfo.InvariantCulture))
            .AddStored(SearchFieldNames.Image, article.ImageUrl);
    }
}
