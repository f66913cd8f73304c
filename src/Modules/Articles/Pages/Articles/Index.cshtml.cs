using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Data;
using Verkostoportaali.Localization;

namespace Verkostoportaali.Articles.Pages.Articles;

/// <summary>
/// The tenant's stories and news, newest first. Their row ids are read once for each version of the site's data, so a
/// page and its count cost no scan: a request reads only its page's items, through <see cref="PublishedVersions"/>.
/// </summary>
public sealed class IndexModel(ContentManager content, TenantContext tenant, TenantChanges changes, IMemoryCache cache,
    PublishedVersions published) : PageModel
{
    private const int PageSize = 20;

    public IReadOnlyList<ContentItem> Articles { get; private set; } = [];
    public ListPage ListPage { get; private set; } = new(1, 1, null);

    public async Task OnGetAsync()
    {
        // The request's token rather than a handler parameter: any parameter makes MVC bind, a twentieth of a list page.
        var cancellationToken = HttpContext.RequestAborted;
        var newestFirst = await cache.GetOrMakeAsync(changes, tenant.Tenant.Name, typeof(IndexModel), () =>
            content.Query("Article").OrderByDescending(i => i.PublishedUtc).ThenBy(i => i.Id).Select(i => i.Id).ToListAsync(cancellationToken));
        ListPage = ListPage.Read(Request.Query).Of(newestFirst.Count, PageSize);
        Articles = await published.InOrderAsync([.. newestFirst.Skip(ListPage.Skip(PageSize)).Take(PageSize)], cancellationToken);
    }
}
