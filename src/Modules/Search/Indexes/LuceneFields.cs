namespace Verkostoportaali.Search.Indexes;

/// <summary>Field names of the Lucene documents, besides the mappers' own (<see cref="Indexing.SearchFieldNames"/>).</summary>
internal static class LuceneFields
{
    public const string Id = "id";
    public const string Tenant = "tenant";
    public const string ContentType = "contentType";
    public const string Culture = "culture";
    public const string Slug = "slug";
    /// <summary>Every text of the item, analysed in its culture: what a query searches.</summary>
    public const string Text = "text";
    /// <summary>The same text as lower-cased surface words, to rank exact phrases first.</summary>
    public const string Exact = "exact";
    /// <summary>The start of the text, stored for snippets.</summary>
    public const string Snippet = "snippet";

    /// <summary>The item's summary (<see cref="Indexing.SearchDocument.Summary"/>), stored for listings.</summary>
    public const string Summary = "summary";
    /// <summary>When the item was published and last changed (UTC ticks), stored; published also sorts a listing.</summary>
    public const string Published = "published";
    public const string Modified = "modified";
    /// <summary>The first date an item gives (an event's start), as a day number that sorts a listing soonest first.</summary>
    public const string DateOrder = "dateOrder";
    /// <summary>The title, lower-cased, as sorted doc values: a listing by title.</summary>
    public const string TitleOrder = "titleOrder";
    /// <summary>Prefix of the values mappers keep with the item (<see cref="Indexing.SearchDocument.AddStored"/>).</summary>
    public const string StoredPrefix = "v:";

    /// <summary>Fields counted as facets: each has sorted-set doc values.</summary>
    public static readonly IReadOnlyList<string> Facets = [Tenant, ContentType, "region", "status", "year"];
}
