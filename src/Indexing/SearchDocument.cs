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
    private readonly Dictionary<string, string> stored = new(StringComparer.Ordinal);

    public IReadOnlyList<SearchText> Texts => texts;
    public IReadOnlyList<SearchKeyword> Keywords => keywords;
    public IReadOnlyList<SearchDate> Dates => dates;
    public IReadOnlyDictionary<string, string> Stored => stored;

    /// <summary>What describes the item in a line: the body text of the highest weight (a story's lead over its body).</summary>
    public string? Summary => texts.Where(t => t.Field == SearchFieldNames.Body).OrderByDescending(t => t.Boost).FirstOrDefault()?.Text;

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

    /// <summary>Keeps a value with the item, not searched: what feeds and calendars built from the index show (an event's times).</summary>
    public SearchDocument AddStored(string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            stored[field] = value;
        }
        return this;
    }
}

public sealed record SearchText(string Field, string Text, float Boost);

public sealed record SearchKeyword(string Field, string Value);

public sealed record SearchDate(string Field, DateOnly Date);
