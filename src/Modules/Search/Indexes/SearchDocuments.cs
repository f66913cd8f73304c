using Lucene.Net.Documents;
using Lucene.Net.Util;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Modules;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Indexing;

namespace Verkostoportaali.Search.Indexes;

/// <summary>Turns a published item into a Lucene document through every module's <see cref="ISearchFields"/>.</summary>
public sealed class SearchDocuments(IEnumerable<ISearchFields> mappers, ModuleCatalog catalog)
{
    // A visitor who searches "verkosto" wants the networks, even those whose text never says the word.
    private readonly Dictionary<string, LocalizedText> typeLabels = catalog.Modules.SelectMany(m => m.ContentTypes())
        .DistinctBy(t => t.Name).ToDictionary(t => t.Name, t => t.Label);

    // Snippets come from the start of the text: storing whole bodies would double the index for little gain.
    private const int StoredSnippetLength = 4000;

    /// <summary>The type's name in the culture, as its module defines it; the type's own name for a type no module defines.</summary>
    public string TypeLabel(string contentType, string culture) =>
        typeLabels.TryGetValue(contentType, out var label) ? label.For(culture) : contentType;

    public Document For(Tenant tenant, ContentItem item, ContentTypeDefinition? type)
    {
        var fields = new SearchDocument(type);
        foreach (var mapper in mappers.Where(m => catalog.RunsIn(m, tenant)))
        {
            mapper.Map(item, fields);
        }
        if (typeLabels.TryGetValue(item.ContentType, out var label))
        {
            fields.AddText("contentTypeLabel", label.For(item.Culture));
        }
        return For(tenant.Name, tenant.Region, item, fields);
    }

    internal static Document For(string tenant, string? tenantRegion, ContentItem item, SearchDocument fields)
    {
        var document = new Document
        {
            new StringField(LuceneFields.Id, item.ContentItemId, Field.Store.YES),
            new StoredField(LuceneFields.Culture, item.Culture),
            new StoredField(LuceneFields.Slug, item.Slug ?? ""),
        };
        AddKeyword(document, LuceneFields.Tenant, tenant, store: true);
        AddKeyword(document, LuceneFields.ContentType, item.ContentType, store: true);
        var title = fields.Texts.FirstOrDefault(t => t.Field == SearchFieldNames.Title)?.Text ?? item.DisplayText;
        document.Add(new TextField(SearchFieldNames.Title, title, Field.Store.YES));
        var text = string.Join("\n", fields.Texts.Select(t => t.Text).Distinct());
        document.Add(new TextField(LuceneFields.Text, text, Field.Store.NO));
        document.Add(new TextField(LuceneFields.Exact, text, Field.Store.NO));
        var body = string.Join(" ", fields.Texts.Where(t => t.Field is not SearchFieldNames.Title and not "contentTypeLabel").Select(t => t.Text));
        document.Add(new StoredField(LuceneFields.Snippet, body.Length > StoredSnippetLength ? body[..StoredSnippetLength] : body));
        foreach (var keyword in fields.Keywords.DistinctBy(k => (k.Field, k.Value)))
        {
            AddKeyword(document, keyword.Field, keyword.Value, store: false);
        }
        if (!fields.Keywords.Any(k => k.Field == SearchFieldNames.Region) && !string.IsNullOrWhiteSpace(tenantRegion))
        {
            // An item without its own region is in the region of the organisation that publishes it.
            AddKeyword(document, SearchFieldNames.Region, tenantRegion, store: false);
        }
        foreach (var date in fields.Dates)
        {
            AddDate(document, date.Field, date.Date);
        }
        if (!fields.Dates.Any(d => d.Field == SearchFieldNames.LastDate) && fields.Dates.FirstOrDefault(d => d.Field == SearchFieldNames.Date) is { } day)
        {
            AddDate(document, SearchFieldNames.LastDate, day.Date);
        }
        document.Add(new SortedDocValuesField(LuceneFields.TitleOrder, new BytesRef(TitleOrder(title))));
        AddListingFields(document, item, fields);
        return document;
    }

    // What a listing (feeds, calendars) sorts on and shows without the tenant's database.
    private static void AddListingFields(Document document, ContentItem item, SearchDocument fields)
    {
        var published = (item.PublishedUtc ?? item.ModifiedUtc).Ticks;
        document.Add(new StoredField(LuceneFields.Published, published));
        document.Add(new NumericDocValuesField(LuceneFields.Published, published));
        document.Add(new StoredField(LuceneFields.Modified, item.ModifiedUtc.Ticks));
        var summary = fields.Summary ?? "";
        document.Add(new StoredField(LuceneFields.Summary, summary.Length > StoredSnippetLength ? summary[..StoredSnippetLength] : summary));
        document.Add(new NumericDocValuesField(LuceneFields.DateOrder, fields.Dates.FirstOrDefault()?.Date.DayNumber ?? 0));
        foreach (var (field, value) in fields.Stored)
        {
            document.Add(new StoredField(LuceneFields.StoredPrefix + field, value));
        }
    }

    /// <summary>What a listing by title sorts on: the title in lower case, compared by its characters.</summary>
    internal static string TitleOrder(string title) => title.ToLowerInvariant();

    private static void AddDate(Document document, string field, DateOnly date) =>
        document.Add(new StringField(field, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Field.Store.NO));

    private static void AddKeyword(Document document, string field, string value, bool store)
    {
        document.Add(new StringField(field, value, store ? Field.Store.YES : Field.Store.NO));
        if (LuceneFields.Facets.Contains(field))
        {
            document.Add(new SortedSetDocValuesField(field, new BytesRef(value)));
        }
    }
}
