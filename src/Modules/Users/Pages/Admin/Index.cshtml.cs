using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Security;

namespace Verkostoportaali.Users.Pages.Admin;

/// <summary>The admin dashboard: what the tenant holds, published and in draft.</summary>
[RequirePermission("AccessAdmin")]
public sealed class DashboardModel(ContentManager content) : PageModel
{
    public IReadOnlyList<TypeCount> Counts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var latest = await content.Query(version: VersionOptions.Latest)
            .GroupBy(i => i.ContentType)
            .Select(g => new TypeCount(g.Key, g.Count(i => i.Published), g.Count(i => !i.Published)))
            .ToListAsync(cancellationToken);
        Counts = [.. latest.OrderBy(c => c.ContentType, StringComparer.Ordinal)];
    }

    public sealed record TypeCount(string ContentType, int Published, int Drafts);
}
