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
    /// <summary>
    /// The last day an item takes place (an event's end), for listings of what goes on between two days; an item
    /// without one ends on its <see cref="Date"/>.
    /// </summary>
    public const string LastDate = "lastDate";

    // Stored, not searched (SearchDocument.AddStored): an event's local start and end ("2030-06-15T18:00", or a date
    // for a whole day), place and online address, for calendars built from the index.
    public const string Start = "start";
    public const string End = "end";
    public const string Place = "place";
    public const string OnlineUrl = "online";
    /// <summary>Stored: the address of the item's picture, for link previews.</summary>
    public const string Image = "image";
}
