using Verkostoportaali.Core;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Data;
using Verkostoportaali.Localization;

namespace Verkostoportaali.Projects.Pages.Projects;

/// <summary>The public project list at <c>/hankkeet</c>: published projects, filtered by a GET form, a page at a time.</summary>
public sealed class IndexModel(TenantDbContext db, FinnishCalendar calendar, TenantContext tenant, TenantChanges changes, IMemoryCache cache)
    : PageModel
{
    public const int PageSize = 20;

    public ProjectFilter Filter { get; private set; } = null!;
    public List<FilterProblem> Problems { get; } = [];
    public ProjectFilterOptions Options { get; private set; } = null!;
    public IReadOnlyList<ContentItem> Items { get; private set; } = [];
    public int Total { get; private set; }
    public ListPage ListPage { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Filter = ProjectFilter.Read(Request.Query, Problems);
        ListPage = ListPage.Read(Request.Query);
        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var published = db.Set<ProjectFacet>().AsNoTracking().Where(f => f.Version.Published
            && f.Version.ContentType == ProjectsModule.ProjectType && f.Version.Culture == culture);
        // The choices change only with the site's data: read once for each version of it, not on every request.
        var site = tenant.Tenant.Name;
        Options = (await cache.GetOrCreateAsync((typeof(ProjectFilterOptions), site, culture, changes.Of(site)), entry =>
        {
            entry.SlidingExpiration = TimeSpan.FromMinutes(10);
            return ProjectFilterOptions.LoadAsync(published, cancellationToken);
        }))!;
        var matches = Filter.Apply(published, calendar.Today);
        Total = await matches.CountAsync(cancellationToken);
        ListPage = ListPage.Of(Total, PageSize);
        // Open-ended projects first, then the latest end date first.
        Items = await matches
            .OrderBy(f => f.EndDate == null ? 0 : 1).ThenByDescending(f => f.EndDate).ThenBy(f => f.Version.DisplayText)
            .Skip(ListPage.Skip(PageSize)).Take(PageSize)
            .Select(f => f.Version).ToListAsync(cancellationToken);
    }
}
