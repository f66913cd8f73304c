using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Search.Api;
using Verkostoportaali.Search.Querying;

namespace Verkostoportaali.Search.Pages.Search;

/// <summary>The search page: a site's own content, or on the portal every listed site's. Snippets are HTML-encoded with &lt;mark&gt;.</summary>
public sealed class IndexModel(IndexSearch search, TenantContext current, TenantRegistry registry) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public SearchResults Results { get; private set; } = SearchResults.None;

    public bool IsPortal => current.Tenant.IsDefault;

    public void OnGet([FromQuery] string? type, [FromQuery] string? tenant, [FromQuery] int? page)
    {
        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var request = new SearchRequest(Q, culture, type, tenant, Page: page ?? 1);
        Results = search.Search(request, SearchScope.Tenants(current.Tenant, tenant, registry), SearchScope.UrlOf(registry, Request));
    }
}
