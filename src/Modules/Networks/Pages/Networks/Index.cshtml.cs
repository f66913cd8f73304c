using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Content;

namespace Verkostoportaali.Networks.Pages.Networks;

/// <summary>The tenant's networks at <c>/verkostot</c>: active ones first, then those that have ended, each by name.</summary>
public sealed class IndexModel(ContentManager content) : PageModel
{
    public IReadOnlyList<ContentItem> Active { get; private set; } = [];
    public IReadOnlyList<ContentItem> Ended { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // A tenant has tens of networks, not thousands: read them all and sort by the part's status here.
        var networks = await content.Query(NetworksModule.NetworkType).Where(i => i.Culture == "fi").ToListAsync(cancellationToken);
        var ended = networks.OrderBy(n => n.DisplayText, StringComparer.CurrentCultureIgnoreCase)
            .ToLookup(n => n.Get<NetworkPart>()?.Status == NetworkStatus.Ended);
        (Active, Ended) = ([.. ended[false]], [.. ended[true]]);
    }
}
