using Verkostoportaali.Core;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Localization;

namespace Verkostoportaali.Projects.Pages.Projects;

/// <summary>The public project list at <c>/hankkeet</c>: published projects, filtered by a GET form, a page at a time.</summary>
public sealed class IndexModel(ProjectListing listing, FinnishCalendar calendar) : PageModel
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
        var rows = await listing.RowsAsync(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, cancellationToken);
        Options = rows.Options;
        var today = calendar.Today;
        // Counted, then walked again for the page: matching a row costs less than copying a thousand of them.
        bool Shown(ProjectRow row) => Filter.Matches(row, today);
        Total = rows.InOrder.Count(Shown);
        ListPage = ListPage.Read(Request.Query).Of(Total, PageSize);
        Items = await listing.ItemsAsync([.. rows.InOrder.Where(Shown).Skip(ListPage.Skip(PageSize)).Take(PageSize)
            .Select(r => r.VersionRowId)], cancellationToken);
    }
}
