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

    private static string Culture => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public ProjectFilter Filter { get; private set; } = null!;
    public List<FilterProblem> Problems { get; } = [];
    public ProjectFilterOptions Options { get; private set; } = null!;
    public IReadOnlyList<ContentItem> Items { get; private set; } = [];
    public int Total { get; private set; }
    public ListPage ListPage { get; private set; } = null!;

    /// <summary>What the filter form changes with: the options and which of them is chosen (a value no option has
    /// counts as none), so that the kept form serves every list that chooses alike.</summary>
    public string FormKey
    {
        get
        {
            T? Chosen<T>(T? value, IReadOnlyList<T> options) where T : class => value is not null && options.Contains(value) ? value : null;
            return $"{Filter.Status}|{Chosen(Filter.Programme, Options.Programmes)}|{Chosen(Filter.SubMeasure, Options.SubMeasures)}"
                + $"|{Filter.Leader}|{(Filter.Year is { } year && Options.Years.Contains(year) ? year : null)}";
        }
    }

    /// <summary>What the results part (problems, count, items, pager) changes with beside the site's data: the day,
    /// which "ongoing" and "ended" are matched on, and the query.</summary>
    public string ResultsKey => $"{calendar.Today:yyyy-MM-dd}|{Request.QueryString}";

    public async Task OnGetAsync()
    {
        Filter = ProjectFilter.Read(Request.Query, Problems);
        Options = (await listing.RowsAsync(Culture, HttpContext.RequestAborted)).Options;
    }

    /// <summary>The page's projects, called where the results part is made, so that a kept part costs no lookup.</summary>
    public async Task FindAsync()
    {
        // The request's token rather than a handler parameter: any parameter makes MVC bind, a twentieth of a list page.
        var cancellationToken = HttpContext.RequestAborted;
        var matching = await listing.MatchingAsync(Culture, Filter, calendar.Today, cancellationToken);
        Total = matching.Count;
        ListPage = ListPage.Read(Request.Query).Of(Total, PageSize);
        Items = await listing.ItemsAsync([.. matching.Skip(ListPage.Skip(PageSize)).Take(PageSize).Select(r => r.VersionRowId)], cancellationToken);
    }
}
