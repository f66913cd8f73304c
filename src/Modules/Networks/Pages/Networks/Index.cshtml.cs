using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Data;

namespace Verkostoportaali.Networks.Pages.Networks;

/// <summary>
/// The tenant's networks at <c>/verkostot</c>: active ones first, then those that have ended, each by name. Which are
/// which is read once for each version of the site's data; the items come through <see cref="PublishedVersions"/>.
/// </summary>
public sealed class IndexModel(ContentManager content, TenantContext tenant, TenantChanges changes, IMemoryCache cache,
    PublishedVersions published) : PageModel
{
    public IReadOnlyList<ContentItem> Active { get; private set; } = [];
    public IReadOnlyList<ContentItem> Ended { get; private set; } = [];

    public async Task OnGetAsync()
    {
        // The request's token rather than a handler parameter: any parameter makes MVC bind, a twentieth of a list page.
        var cancellationToken = HttpContext.RequestAborted;
        var rows = await cache.GetOrMakeAsync(changes, tenant.Tenant.Name, (typeof(IndexModel), CultureInfo.CurrentCulture.Name),
            () => RowsAsync(cancellationToken));
        var items = await published.InOrderAsync([.. rows.Active, .. rows.Ended], cancellationToken);
        var ended = rows.Ended.ToHashSet();
        (Active, Ended) = ([.. items.Where(i => !ended.Contains(i.Id))], [.. items.Where(i => ended.Contains(i.Id))]);
    }

    // A tenant has tens of networks, not thousands: read them all and sort by the part's status here, by name in the
    // page's language.
    private async Task<NetworkRows> RowsAsync(CancellationToken cancellationToken)
    {
        var networks = await content.Query(NetworksModule.NetworkType).Where(i => i.Culture == "fi").ToListAsync(cancellationToken);
        var ended = networks.OrderBy(n => n.DisplayText, StringComparer.CurrentCultureIgnoreCase)
            .ToLookup(n => n.Get<NetworkPart>()?.Status == NetworkStatus.Ended, n => n.Id);
        return new NetworkRows([.. ended[false]], [.. ended[true]]);
    }

    private sealed record NetworkRows(IReadOnlyList<int> Active, IReadOnlyList<int> Ended);
}
