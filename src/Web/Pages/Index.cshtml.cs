using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Verkostoportaali.ContentFields.Images;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Localization;
using Verkostoportaali.Web.Theme;

namespace Verkostoportaali.Web.Pages;

/// <summary>Home page: on the portal, the list of sites; on a tenant, its published content in the page's language first.</summary>
public sealed class IndexModel(TenantContext tenant, TenantRegistry registry, ContentManager content,
    IEnumerable<IContentListPreparer> preparers, SiteLogos siteLogos) : PageModel
{
    private const int ItemsShown = 50;

    public bool IsPortal => tenant.Tenant.IsDefault;
    public string SiteName => tenant.Tenant.DisplayName;
    public IReadOnlyList<Tenant> Tenants { get; private set; } = [];
    /// <summary>The sites' logos by site name; a site without one has none here.</summary>
    public IReadOnlyDictionary<string, ImageSources> Logos { get; private set; } = new Dictionary<string, ImageSources>();
    public IReadOnlyList<ContentItem> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (IsPortal)
        {
            Tenants = [.. registry.All.Where(t => !t.IsDefault && t.State == TenantState.Running && t.ListedInPortalSearch)
                .OrderBy(t => t.DisplayName, StringComparer.CurrentCulture)];
        }
        var language = HttpContext.Language();
        Logos = await siteLogos.OfAsync(Tenants, Request, language, cancellationToken);
        var routable = content.Query().Where(i => i.Slug != null);
        // One version of each item: the page's language where the item has it, else the item as written.
        Items = await routable.Where(i => i.Culture == language || i.LocalizationSet == null
                || !routable.Any(v => v.LocalizationSet == i.LocalizationSet && v.Culture == language))
            .OrderByDescending(i => i.PublishedUtc).Take(ItemsShown).ToListAsync(cancellationToken);
        await preparers.PrepareAsync(Items, cancellationToken);
    }
}
