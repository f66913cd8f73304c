using Verkostoportaali.Core.Content;

namespace Verkostoportaali.Indexing;

/// <summary>
/// What search knows of one published item, in neutral terms so that the kernel does not depend on Lucene:
/// text to analyse in the item's culture, and exact keywords and dates to filter and facet on.
/// </summary>
public sealed class SearchDocument(ContentTypeDefinition? type = null)
{
    /// <summary>The item's type, for mappers of the fields an admin added to it; null where the definition is not at hand.</summary>
    public ContentTypeDefinition? Type => type;

    private readonly List<SearchText> texts = [];
    private readonly List<SearchKeyword> keywords = [];
    private readonly List<SearchDate> dates = [];

    public IReadOnlyList<SearchText> Texts => texts;
    public IReadOnlyList<SearchKeyword> Keywords => keywords;
    public IReadOnlyList<SearchDate> Dates => dates;

    /// <summary>Adds analysed text; a higher <paramref name="boost"/> ranks matches in it higher (titles).</summary>
    public SearchDocument AddText(string field, string? text, float boost = 1f)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            texts.Add(new SearchText(field, text, boost));
        }
        return this;
    }

    /// <summary>Adds an exact value to filter and facet on (region, municipality, status).</summary>
    public SearchDocument AddKeyword(string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            keywords.Add(new SearchKeyword(field, value));
        }
        return this;
    }

    public SearchDocument AddDate(string field, DateOnly? date)
    {
        if (date is { } d)
        {
            dates.Add(new SearchDate(field, d));
        }
        return this;
    }
}

public sealed record SearchText(string Field, string Text, float Boost);

public sealed record SearchKeyword(string Field, string Value);

public sealed record SearchDate(string Field, DateOnly Date);
