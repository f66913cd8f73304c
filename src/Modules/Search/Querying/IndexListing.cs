using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Indexing;
using Verkostoportaali.Search.Analysis;
using Verkostoportaali.Search.Indexes;
using Verkostoportaali.Search.Outbox;

namespace Verkostoportaali.Search.Querying;

/// <summary>
/// What a listing asks for: some content types in one culture, newest or soonest first, optionally filtered; each of
/// <see cref="Keywords"/> (field, value) must match one of a mapper's keywords exactly.
/// </summary>
public sealed record ListingRequest(
    string Culture,
    IReadOnlyList<string> Types,
    ListingOrder Order = ListingOrder.Newest,
    string? Region = null,
    string? Theme = null,
    DateOnly? From = null,
    DateOnly? To = null,
    int Size = 50,
    IReadOnlyDictionary<string, string>? Keywords = null)
{
    public const int MaxSize = 500;
}

public enum ListingOrder
{
    /// <summary>Latest published first.</summary>
    Newest,
    /// <summary>Earliest date (an event's start) first.</summary>
    Soonest,
}

/// <summary>One listed item, as the index keeps it; <see cref="Values"/> are the mappers' stored values (an event's times).</summary>
public sealed record ListedItem(
    string Tenant, string ContentType, string ContentItemId, string Culture, string Title, string Url, string Summary,
    DateTime PublishedUtc, DateTime ModifiedUtc, IReadOnlyDictionary<string, string> Values);

/// <summary>
/// Lists published items of some tenants from their search indexes, without a query: the portal's feeds and calendars
/// read every listed site this way rather than opening each site's database per request. Tenants beyond the open-reader
/// bound are read in batches, as <see cref="IndexSearch"/> does, each batch's best merged.
/// </summary>
public sealed class IndexListing(TenantIndexes indexes, SearchBacklog backlog)
{
    /// <param name="urlOf">The public address of an item, from its tenant, culture and slug.</param>
    public IReadOnlyList<ListedItem> List(ListingRequest request, IEnumerable<Tenant> tenants, Func<string, string, string, string> urlOf)
    {
        var culture = SearchAnalyzers.CultureOf(request.Culture);
        var size = Math.Clamp(request.Size, 1, ListingRequest.MaxSize);
        var names = tenants.Select(t => t.Name).ToList();
        var found = IndexBatches.Of(indexes, names).SelectMany(batch => ListBatch(request, batch, culture, size)).ToList();
        var ordered = request.Order == ListingOrder.Newest
            ? found.OrderByDescending(i => i.PublishedUtc)
            : found.OrderBy(i => i.Values.GetValueOrDefault(SearchFieldNames.Start), StringComparer.Ordinal);
        return [.. ordered.ThenBy(i => i.Title, StringComparer.CurrentCulture).Take(size)
            .Select(i => i with { Url = urlOf(i.Tenant, i.Culture, i.Url) })];
    }

    private List<ListedItem> ListBatch(ListingRequest request, string[] tenants, string culture, int size) =>
        IndexBatches.Read(indexes, backlog, tenants, culture, searcher =>
        {
            var top = searcher.Search(Query(request), size, SortOf(request.Order));
            return top.ScoreDocs.Select(hit => Item(searcher.Doc(hit.Doc), culture)).ToList();
        }, none: []);

    private static Query Query(ListingRequest request)
    {
        var query = new BooleanQuery();
        var types = new BooleanQuery();
        foreach (var type in request.Types)
        {
            types.Add(new TermQuery(new Term(LuceneFields.ContentType, type)), Occur.SHOULD);
        }
        query.Add(types.Clauses.Count > 0 ? types : new MatchAllDocsQuery(), Occur.MUST);
        AddTerm(query, SearchFieldNames.Region, request.Region);
        AddTerm(query, SearchFieldNames.Theme, request.Theme);
        foreach (var (field, value) in request.Keywords ?? new Dictionary<string, string>())
        {
            AddTerm(query, field, value);
        }
        if (request.From is not null || request.To is not null)
        {
            // Dates are indexed as yyyy-MM-dd, whose text order is the calendar's.
            query.Add(TermRangeQuery.NewStringRange(SearchFieldNames.Date, Day(request.From), Day(request.To), true, true), Occur.MUST);
        }
        return query;
    }

    private static void AddTerm(BooleanQuery query, string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            query.Add(new TermQuery(new Term(field, value)), Occur.MUST);
        }
    }

    private static string? Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Sort SortOf(ListingOrder order) => order == ListingOrder.Newest
        ? new Sort(new SortField(LuceneFields.Published, SortFieldType.INT64, reverse: true))
        : new Sort(new SortField(LuceneFields.DateOrder, SortFieldType.INT64));

    // The slug goes in Url until the caller's urlOf makes it an address.
    private static ListedItem Item(Document document, string culture)
    {
        var values = document.Fields.Where(f => f.Name.StartsWith(LuceneFields.StoredPrefix, StringComparison.Ordinal))
            .ToDictionary(f => f.Name[LuceneFields.StoredPrefix.Length..], f => f.GetStringValue(), StringComparer.Ordinal);
        return new ListedItem(document.Get(LuceneFields.Tenant), document.Get(LuceneFields.ContentType), document.Get(LuceneFields.Id),
            document.Get(LuceneFields.Culture) ?? culture, document.Get(SearchFieldNames.Title) ?? "", document.Get(LuceneFields.Slug) ?? "",
            document.Get(LuceneFields.Summary) ?? "", Utc(document, LuceneFields.Published), Utc(document, LuceneFields.Modified), values);
    }

    private static DateTime Utc(Document document, string field) =>
        new(document.GetField(field)?.GetInt64Value() ?? 0, DateTimeKind.Utc);
}
