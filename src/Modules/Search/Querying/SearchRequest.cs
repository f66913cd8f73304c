namespace Verkostoportaali.Search.Querying;

/// <summary>A search as asked: the query, its culture, filters that combine with it, and the page.</summary>
public sealed record SearchRequest(
    string? Q,
    string? Culture = null,
    string? Type = null,
    string? Tenant = null,
    string? Region = null,
    string? Status = null,
    string? Year = null,
    int Page = 1,
    int Size = 10)
{
    public const int MaxSize = 50;
    public const int MaxPage = 100;

    public int SafePage => Math.Clamp(Page, 1, MaxPage);

    public int SafeSize => Math.Clamp(Size, 1, MaxSize);
}

public sealed record SearchResults(int Total, IReadOnlyList<SearchHit> Hits, IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets)
{
    public static readonly SearchResults None = new(0, [], new Dictionary<string, IReadOnlyList<FacetCount>>());
}

/// <summary>One found item; <see cref="Snippet"/> is HTML-encoded text with the matched words in &lt;mark&gt;.</summary>
public sealed record SearchHit(
    string Tenant, string ContentType, string ContentItemId, string Title, string Url, string Snippet, string Culture, float Score);

/// <summary>A facet value and how many hits have it; <see cref="Name"/> is the value as people read it, where it has one.</summary>
public sealed record FacetCount(string Value, int Count, string? Name = null);
