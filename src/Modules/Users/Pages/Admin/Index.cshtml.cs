using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Modules;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Users.Pages.Admin;

/// <summary>The admin dashboard: what the tenant holds, published and in draft.</summary>
[Authorize(Roles = UsersModule.AdministratorRole)]
public sealed class DashboardModel(ContentManager content, ModuleCatalog modules, TenantContext tenant) : PageModel
{
    public IReadOnlyList<TypeCount> Counts { get; private set; } = [];
    public IReadOnlyList<NavigationLink> Links => modules.AdminNavigationFor(tenant.Tenant);

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
