using Microsoft.AspNetCore.Mvc.RazorPages;
using Verkostoportaali.Localization;
using Verkostoportaali.ServiceNeeds.Demand;

namespace Verkostoportaali.ServiceNeeds.Pages.ServiceNeeds;

/// <summary>The demand counts as a page, totals by service field, place and outcome first, and the unmet needs.</summary>
public sealed class DemandModel(DemandCounts counts) : PageModel
{
    public IReadOnlyList<DemandRow> Rows { get; private set; } = [];
    public IReadOnlyList<UnmetNeed> Unmet { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Rows = await counts.CountAsync(HttpContext.Language(), cancellationToken);
        Unmet = await counts.UnmetAsync(HttpContext.Language(), cancellationToken);
    }

    public IEnumerable<(string Name, int Count)> TotalsBy(Func<DemandRow, string> key) =>
        Rows.GroupBy(key).Select(g => (g.Key, g.Sum(r => r.Count))).OrderByDescending(t => t.Item2).ThenBy(t => t.Key);
}
