using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Modules;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Localization;
using Verkostoportaali.Messaging;

namespace Verkostoportaali.Users.Pages.Admin;

/// <summary>
/// The admin dashboard: what waits for this user (failed mail, feedback near its deadline, requests to join) from the
/// site's modules, and what the tenant holds, published and in draft, by type, named in the page's language.
/// </summary>
[RequirePermission("AccessAdmin")]
public sealed class DashboardModel(ContentManager content, ContentDefinitionStore definitions, IEnumerable<IAdminAttention> attentionSources,
    ModuleCatalog catalog, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<TypeCount> Counts { get; private set; } = [];
    public IReadOnlyList<Attention> Attention { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var attention = new List<Attention>();
        foreach (var source in attentionSources.Where(s => catalog.RunsIn(s, HttpContext.GetTenant())))
        {
            if (await authorization.HasPermissionAsync(User, source.Permission))
            {
                attention.AddRange(await source.ListAsync(cancellationToken));
            }
        }
        Attention = [.. attention.OrderByDescending(a => a.Overdue)];
        var latest = await content.Query(version: VersionOptions.Latest)
            .GroupBy(i => i.ContentType)
            .Select(g => new { Type = g.Key, Published = g.Count(i => i.Published), Drafts = g.Count(i => !i.Published) })
            .ToListAsync(cancellationToken);
        var labels = (await definitions.ListAsync(cancellationToken)).ToDictionary(d => d.Name, d => d.Label.For(HttpContext.Language()));
        // A type whose definition is gone still has items; its name is all there is to show.
        Counts = [.. latest.Select(c => new TypeCount(labels.GetValueOrDefault(c.Type, c.Type), c.Published, c.Drafts))
            .OrderBy(c => c.Label, StringComparer.CurrentCultureIgnoreCase)];
    }

    public sealed record TypeCount(string Label, int Published, int Drafts);
}
