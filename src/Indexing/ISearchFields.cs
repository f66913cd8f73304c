using Verkostoportaali.Core.Content;

namespace Verkostoportaali.Indexing;

/// <summary>Maps a published item's parts to search fields; every registered mapper is asked about every item.</summary>
public interface ISearchFields
{
    /// <summary>Adds the fields this mapper knows about; an item without its parts is left as it is.</summary>
    void Map(ContentItem item, SearchDocument document);
}

/// <summary>The field names mappers share, so that filters and facets mean the same across content types.</summary>
public static class SearchFieldNames
{
    public const string Title = "title";
    public const string Body = "body";
    public const string Region = "region";
    public const string Municipality = "municipality";
    public const string Theme = "theme";
    public const string Status = "status";
    public const string Year = "year";
    public const string Date = "date";
}
