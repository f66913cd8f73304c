using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Localization;
using Verkostoportaali.Taxonomies;

namespace Verkostoportaali.Providers.Pages.Providers;

/// <summary>The provider directory, filtered by service field, region and quality mark. Unknown filter values are ignored.</summary>
public sealed class IndexModel(ProviderDirectory directory, Vocabularies vocabularies) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "field")]
    public string? ServiceField { get; set; }

    [BindProperty(SupportsGet = true, Name = "region")]
    public string? Region { get; set; }

    [BindProperty(SupportsGet = true, Name = "mark")]
    public string? Mark { get; set; }

    [BindProperty(SupportsGet = true, Name = "valid")]
    public bool ValidMarksOnly { get; set; }

    public IReadOnlyList<Term> ServiceFields { get; private set; } = [];
    public IReadOnlyList<Term> Regions { get; private set; } = [];
    public IReadOnlyList<ContentItem> Providers { get; private set; } = [];
    public int Total { get; private set; }
    public ListPage ListPage { get; private set; } = new(1, 1, null);
    public static string Culture => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public async Task OnGetAsync()
    {
        // The request's token rather than a handler parameter: any parameter makes MVC bind, a twentieth of a list page.
        var cancellationToken = HttpContext.RequestAborted;
        ServiceFields = await vocabularies.TermsAsync(ProviderTerms.ServiceFields, cancellationToken);
        Regions = await vocabularies.TermsAsync(ProviderTerms.Regions, cancellationToken);
        ServiceField = ServiceFields.Any(t => t.Id == ServiceField) ? ServiceField : null;
        Region = Regions.Any(t => t.Id == Region) ? Region : null;
        var kind = Enum.GetValues<QualityMarkKind>().Select(k => (QualityMarkKind?)k).FirstOrDefault(k => k.ToString() == Mark);
        Mark = kind?.ToString();
        var results = await directory.FindAsync(new ProviderFilter(ServiceField, Region, kind, ValidMarksOnly), ListPage.Read(Request.Query), cancellationToken);
        (Total, Providers, ListPage) = (results.Total, results.Items, results.Page);
    }
}
