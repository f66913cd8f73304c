using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Verkostoportaali.Contents;
using Verkostoportaali.Core;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Data;
using Verkostoportaali.Localization;
using Verkostoportaali.Web.Pages.Portal;

namespace Verkostoportaali.Web.Pages;

/// <summary>Home page: on the portal, a search box, what goes on across the sites (<see cref="PortalHome"/>) and the sites by region; on a tenant, its published content in the page's language first.</summary>
public sealed class IndexModel(TenantContext tenant, PortalHome portal, TenantDbOnDemand database, TenantChanges changes, IMemoryCache cache,
    PublishedVersions published, IEnumerable<IContentListPreparer> preparers, FinnishCalendar calendar) : PageModel
{
    private const int ItemsShown = 50;

    // Published and routable, one version of each item: the page's language where the item has it, else the item as
    // written. Their row ids are read once for each version of the site's data, and the items through PublishedVersions.
    private static readonly CompiledQuery<Func<TenantDbContext, string, IAsyncEnumerable<int>>> Latest = new(() =>
        EF.CompileAsyncQuery((TenantDbContext db, string language) => db.ContentItems.AsNoTracking()
            .Where(i => i.Published && i.Slug != null && (i.Culture == language || i.LocalizationSet == null
                || !db.ContentItems.Any(v => v.Published && v.Slug != null && v.LocalizationSet == i.LocalizationSet && v.Culture == language)))
            .OrderByDescending(i => i.PublishedUtc).Take(ItemsShown).Select(i => i.Id)));

    public bool IsPortal => tenant.Tenant.IsDefault;
    public string SiteName => tenant.Tenant.DisplayName;
    public PortalHome Portal => portal;
    public IReadOnlyList<ContentItem> Items { get; private set; } = [];

    /// <summary>What the part with the latest items changes with beside the site's data: the day, which decides what
    /// their summaries say (a project's status, a quality mark's expiry).</summary>
    public string LatestKey => calendar.Today.ToString("O", CultureInfo.InvariantCulture);

    public async Task OnGetAsync()
    {
        if (IsPortal)
        {
            // Read rather than bound: any handler parameter makes MVC bind, a twentieth of a list page.
            var region = Request.Query["region"].FirstOrDefault() is { Length: > 0 } r ? r : null;
            await portal.LoadAsync(region, HttpContext.Language(), Request, HttpContext.RequestAborted);
        }
    }

    /// <summary>The latest items, called where the part that lists them is made, so that a kept part costs no lookup.</summary>
    public async Task FindLatestAsync()
    {
        var (language, cancellationToken) = (HttpContext.Language(), HttpContext.RequestAborted);
        var latest = await cache.GetOrMakeAsync(changes, tenant.Tenant.Name, (typeof(IndexModel), language),
            () => Latest.For(database.Context)(database.Context, language).ToListAsync(cancellationToken).AsTask());
        Items = await published.InOrderAsync(latest, cancellationToken);
        await preparers.PrepareAsync(Items, cancellationToken);
    }
}
