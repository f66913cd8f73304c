using System.Globalization;
using System.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.AspNetCore.Http;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Indexing;
using Verkostoportaali.Search.Analysis;
using Verkostoportaali.Search.Api;
using Verkostoportaali.Search.Indexes;
using Verkostoportaali.Search.Outbox;

namespace Verkostoportaali.Search.Querying;

/// <summary>
/// Lists published items of some tenants from their search indexes, without a query. Tenants beyond the open-reader
/// bound are read in batches, as <see cref="IndexSearch"/> does: each batch gives its best <c>Offset + Size</c> items
/// and its count, and the page is cut from their merge, so that a page is the same however the tenants are batched.
/// </summary>
public sealed class IndexListing(TenantIndexes indexes, SearchBacklog backlog, TenantRegistry registry, TenantLinks links, SearchDocuments documents,
    SearchResultCache cache) : IContentListing
{
    public IReadOnlyList<Tenant> SitesFor(Tenant current) => [.. SearchScope.Tenants(current, tenantFilter: null, registry)];

    public Func<string, string, string, string> RelativeUrls(HttpRequest request) => SearchScope.UrlOf(registry, request);

    public Func<string, string, string, string> AbsoluteUrls(HttpRequest request) => (tenantName, culture, slug) =>
        registry.Find(tenantName) is not { } tenant ? ""
            : TenantLinks.Home(tenant, request) is var home && home.StartsWith('/')
                ? links.Origin(tenant, request) + home + SearchScope.CulturePath(culture, slug)
                : home + SearchScope.CulturePath(culture, slug);

    public string TypeLabel(string contentType, string culture) => documents.TypeLabel(contentType, culture);

    public ListedPage List(ListingRequest request, IEnumerable<Tenant> sites, Func<string, string, string, string> urlOf)
    {
        var culture = SearchAnalyzers.CultureOf(request.Culture);
        var size = Math.Clamp(request.Size, 1, ListingRequest.MaxSize);
        var offset = Math.Clamp(request.Offset, 0, ListingRequest.MaxWindow - size);
        var names = sites.Select(t => t.Name).ToList();
        var key = new ListingKey(indexes.Version, culture, string.Join('\n', names), ListingKey.Describe(request), offset, size);
        var found = cache.GetOrFind(key, () =>
        {
            var batches = IndexBatches.Of(indexes, names).Select(batch => ListBatch(request, batch, culture, offset + size)).ToList();
            return new ListedPage([.. Ordered(batches.SelectMany(b => b.Items), request.Order).Skip(offset).Take(size)], batches.Sum(b => b.Total));
        }, page => page.Items.Count);
        return found with { Items = [.. found.Items.Select(i => i with { Url = urlOf(i.Tenant, i.Culture, i.Url) })] };
    }

    public IReadOnlyList<string> KeywordValues(string field, string culture, IEnumerable<Tenant> sites)
    {
        var values = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var batch in IndexBatches.Of(indexes, [.. sites.Select(t => t.Name)]))
        {
            IndexBatches.Read(indexes, backlog, batch, SearchAnalyzers.CultureOf(culture), searcher =>
            {
                // The terms of the field, not its documents: a value only deleted items had may stay until segments merge.
                var terms = MultiFields.GetTerms(searcher.IndexReader, field)?.GetEnumerator();
                while (terms is not null && terms.MoveNext())
                {
                    values.Add(terms.Term.Utf8ToString());
                }
                return values;
            }, none: values);
        }
        return [.. values];
    }

    // The order Lucene sorts each batch in, then by title, so that merged batches keep it.
    private static IEnumerable<ListedItem> Ordered(IEnumerable<ListedItem> items, ListingOrder order)
    {
        var sorted = order switch
        {
            ListingOrder.Newest => items.OrderByDescending(i => i.PublishedUtc),
            ListingOrder.Soonest => items.OrderBy(i => i.Values.GetValueOrDefault(SearchFieldNames.Start), StringComparer.Ordinal),
            _ => items.OrderBy(i => SearchDocuments.TitleOrder(i.Title), StringComparer.Ordinal),
        };
        return sorted.ThenBy(i => i.Title, StringComparer.Ordinal).ThenBy(i => i.Tenant, StringComparer.Ordinal);
    }

    private ListedPage ListBatch(ListingRequest request, string[] tenants, string culture, int best) =>
        IndexBatches.Read(indexes, backlog, tenants, culture, searcher =>
        {
            var top = searcher.Search(Query(request), best, SortOf(request.Order));
            return new ListedPage([.. top.ScoreDocs.Select(hit => Item(searcher.Doc(hit.Doc), culture))], top.TotalHits);
        }, none: new ListedPage([], 0));

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
        // Takes place between From and To: begins by To and ends from From on. Dates are indexed as yyyy-MM-dd,
        // whose text order is the calendar's.
        if (request.To is { } to)
        {
            query.Add(TermRangeQuery.NewStringRange(SearchFieldNames.Date, null, Day(to), true, true), Occur.MUST);
        }
        if (request.From is { } from)
        {
            query.Add(TermRangeQuery.NewStringRange(SearchFieldNames.LastDate, Day(from), null, true, true), Occur.MUST);
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

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Sort SortOf(ListingOrder order) => order switch
    {
        ListingOrder.Newest => new Sort(new SortField(LuceneFields.Published, SortFieldType.INT64, reverse: true)),
        ListingOrder.Soonest => new Sort(new SortField(LuceneFields.DateOrder, SortFieldType.INT64)),
        _ => new Sort(new SortField(LuceneFields.TitleOrder, SortFieldType.STRING)),
    };

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

/// <summary>What identifies a listing: the indexes' version, the tenants listed, the request's filters and order, and the window (offset and size).</summary>
internal sealed record ListingKey(long IndexVersion, string Culture, string Tenants, string Request, int Offset, int Size) : IResultKey
{
    // Each value after its length, so that no filter value (a visitor's text) can pass for another filter or another
    // value. Written by hand, not as JSON: the portal home describes three listings on every request.
    public static string Describe(ListingRequest request)
    {
        var key = new StringBuilder();
        void Add(string? value) => (value is null ? key.Append('-') : key.Append(value.Length).Append(':').Append(value)).Append(';');
        key.Append(request.Types.Count).Append(';');
        foreach (var type in request.Types)
        {
            Add(type);
        }
        key.Append((int)request.Order).Append(';');
        Add(request.Region);
        Add(request.Theme);
        Add(request.From?.ToString("O", CultureInfo.InvariantCulture));
        Add(request.To?.ToString("O", CultureInfo.InvariantCulture));
        foreach (var (name, value) in (request.Keywords ?? new Dictionary<string, string>()).OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            Add(name);
            Add(value);
        }
        return key.ToString();
    }
}
