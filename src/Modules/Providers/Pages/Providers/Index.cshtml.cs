using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verkostoportaali.Core;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Localization;
using Verkostoportaali.Taxonomies;

namespace Verkostoportaali.Providers.Pages.Providers;

/// <summary>The provider directory, filtered by service field, region and quality mark. Unknown filter values are ignored.</summary>
public sealed class IndexModel(ProviderDirectory directory, Vocabularies vocabularies, FinnishCalendar calendar) : PageModel
{
    // Read from the query rather than bound (the form's names: field, region, mark, valid): binding four values took a
    // thirtieth of the page.
    public string? ServiceField { get; private set; }

    public string? Region { get; private set; }

    public string? Mark => kind?.ToString();

    public bool ValidMarksOnly { get; private set; }

    private QualityMarkKind? kind;

    public IReadOnlyList<Term> ServiceFields { get; private set; } = [];
    public IReadOnlyList<Term> Regions { get; private set; } = [];
    public IReadOnlyList<ContentItem> Providers { get; private set; } = [];
    public int Total { get; private set; }
    public ListPage ListPage { get; private set; } = new(1, 1, null);
    public static string Culture => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    /// <summary>What the results part (count, items, pager) changes with beside the site's data: the day, on which a
    /// quality mark is valid or not, and the query.</summary>
    public string ResultsKey => $"{calendar.Today:yyyy-MM-dd}|{Request.QueryString}";

    public async Task OnGetAsync()
    {
        // The request's token rather than a handler parameter: any parameter makes MVC bind, a twentieth of a list page.
        var cancellationToken = HttpContext.RequestAborted;
        ServiceFields = await vocabularies.TermsAsync(ProviderTerms.ServiceFields, cancellationToken);
        Regions = await vocabularies.TermsAsync(ProviderTerms.Regions, cancellationToken);
        // The first value, as binding took it.
        var (field, region, mark, valid) = (First("field"), First("region"), First("mark"), First("valid"));
        ServiceField = ServiceFields.Any(t => t.Id == field) ? field : null;
        Region = Regions.Any(t => t.Id == region) ? region : null;
        kind = Enum.GetValues<QualityMarkKind>().Select(k => (QualityMarkKind?)k).FirstOrDefault(k => k.ToString() == mark);
        // As the checkbox sends it; anything else is no filter.
        ValidMarksOnly = bool.TryParse(valid, out var validOnly) && validOnly;
    }

    /// <summary>The page's providers, called where the results part is made, so that a kept part costs no lookup.</summary>
    public async Task FindAsync()
    {
        var results = await directory.FindAsync(new ProviderFilter(ServiceField, Region, kind, ValidMarksOnly), ListPage.Read(Request.Query),
            HttpContext.RequestAborted);
        (Total, Providers, ListPage) = (results.Total, results.Items, results.Page);
    }

    private string? First(string name) => Request.Query[name].FirstOrDefault();
}
