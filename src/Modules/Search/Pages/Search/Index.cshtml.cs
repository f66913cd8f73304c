using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Localization;
using Verkostoportaali.Search.Api;
using Verkostoportaali.Search.Indexes;
using Verkostoportaali.Search.Querying;

namespace Verkostoportaali.Search.Pages.Search;

/// <summary>
/// The search page: a site's own content, or on the portal every listed site's. Each facet value links to the same
/// search narrowed to it (or widened again when it is the filter already); snippets are HTML-encoded with &lt;mark&gt;.
/// The results part is kept as rendered (<see cref="ResultsKey"/>): many visitors ask the same few words, and the
/// search, the facets' names and links and the hits took a third of the page's time even with the results kept.
/// </summary>
public sealed class IndexModel(IndexSearch search, FacetNames names, TenantContext current, TenantRegistry registry, SearchDocuments documents,
    TenantIndexes indexes) : PageModel
{
    // Facet field → the query parameter that filters on it.
    private static readonly Dictionary<string, string> FilterOf = new(StringComparer.Ordinal)
    {
        [LuceneFields.Tenant] = "tenant",
        [LuceneFields.ContentType] = "type",
        ["region"] = "region",
        ["status"] = "status",
        ["year"] = "year",
    };

    // Long facets show their most frequent values.
    public const int ValuesShown = 10;

    public string? Q { get; private set; }

    public SearchRequest Asked { get; private set; } = new(null);

    public SearchResults Results { get; private set; } = SearchResults.None;

    public bool IsPortal => current.Tenant.IsDefault;

    public ListPage ListPage { get; private set; } = new(1, 1, null);

    /// <summary>The facets shown, in this order: a site's own search has no site facet.</summary>
    public IEnumerable<(string Field, IReadOnlyList<FacetCount> Values)> Facets =>
        FilterOf.Keys.Where(f => IsPortal || f != LuceneFields.Tenant)
            .Select(f => (f, Results.Facets.GetValueOrDefault(f) ?? []))
            .Where(f => f.Item2.Count > 0);

    public bool IsFiltered => FilterOf.Values.Any(name => !string.IsNullOrWhiteSpace(Request.Query[name]));

    public void OnGet() => Q = Value("q");

    /// <summary>
    /// What the results part shows depends on beside the site's data and the culture (which <c>&lt;site-cache&gt;</c>
    /// adds): every index, and the query asked.
    /// </summary>
    public string ResultsKey => string.Create(CultureInfo.InvariantCulture, $"{indexes.Version}|{Request.QueryString}");

    /// <summary>Searches as asked; called by the results part when it is not kept.</summary>
    public async Task FindAsync()
    {
        // Read rather than bound, as binding would read them (a blank value is none): binding seven values cost a
        // twentieth of the page.
        var (type, tenant, region, status, year) = (Value("type"), Value("tenant"), Value("region"), Value("status"), Value("year"));
        int? size = int.TryParse(Value("size"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;
        var cancellationToken = HttpContext.RequestAborted;
        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var asked = ListPage.Read(Request.Query);
        Asked = new SearchRequest(Q, culture, type, tenant, region, status, year, asked.Number, size ?? 10);
        var scope = SearchScope.Tenants(current.Tenant, tenant, registry);
        var results = search.Search(Asked, scope, SearchScope.UrlOf(registry, Request));
        ListPage = asked.Of(Math.Min(results.Total, SearchRequest.MaxPage * Asked.SafeSize), Asked.SafeSize);
        if (ListPage.Number != Asked.SafePage)
        {
            // Past the last page (or past the deepest one a search pages to): the last page, asked again.
            Asked = Asked with { Page = ListPage.Number };
            results = search.Search(Asked, scope, SearchScope.UrlOf(registry, Request));
        }
        Results = await names.NamedAsync(results, culture, cancellationToken);
    }

    private string? Value(string name) => Request.Query[name].FirstOrDefault() is { Length: > 0 } value ? value : null;

    public bool IsActive(string field, string value) => Request.Query[FilterOf[field]] == value;

    /// <summary>This search narrowed to the value, or without it when it is the filter already; from the first page.</summary>
    public string Toggle(string field, string value)
    {
        var (name, chosen) = (FilterOf[field], IsActive(field, value) ? null : value);
        var address = new StringBuilder(Path);
        foreach (var (parameter, asked) in QueryValues)
        {
            Append(address, parameter, parameter == name ? Encoded(chosen) : asked);
        }
        return address.ToString();
    }

    public string WithoutFilters() => Append(new StringBuilder(Path), "q", Encoded(Q)).ToString();

    public string SiteName(string tenant) => registry.Find(tenant) is { DisplayName.Length: > 0 } site ? site.DisplayName : tenant;

    public string TypeLabel(string type) => documents.TypeLabel(type, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);

    // What the search was asked with, encoded once for the page's fifty facet links: made one by one, with the
    // framework's query builder, they took a twentieth of the page's time.
    private IReadOnlyList<(string Name, string? Encoded)> QueryValues => queryValues ??=
        [.. FilterOf.Values.Append("q").Append("size").Select(n => (n, Encoded(Request.Query[n])))];

    private IReadOnlyList<(string Name, string? Encoded)>? queryValues;

    private string Path => path ??= (Request.PathBase + Request.Path).ToUriComponent();

    private string? path;

    // A blank value is left out of the address.
    private static string? Encoded(string? value) => string.IsNullOrWhiteSpace(value) ? null : UrlEncoder.Default.Encode(value);

    // The path holds no '?' (it is escaped), so the first parameter is the one appended right after it.
    private StringBuilder Append(StringBuilder address, string name, string? encoded) =>
        encoded is null ? address : address.Append(address.Length == Path.Length ? '?' : '&').Append(name).Append('=').Append(encoded);
}
