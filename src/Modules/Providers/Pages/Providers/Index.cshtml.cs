using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Taxonomies;

namespace Verkostoportaali.Providers.Pages.Providers;

/// <summary>The provider directory, filtered by service field, region and quality mark. Unknown filter values are ignored.</summary>
public sealed class IndexModel(ProviderDirectory directory, Vocabularies vocabularies) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "palvelukentta")]
    public string? ServiceField { get; set; }

    [BindProperty(SupportsGet = true, Name = "alue")]
    public string? Region { get; set; }

    [BindProperty(SupportsGet = true, Name = "merkki")]
    public string? Mark { get; set; }

    [BindProperty(SupportsGet = true, Name = "voimassa")]
    public bool ValidMarksOnly { get; set; }

    [BindProperty(SupportsGet = true, Name = "sivu")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Term> ServiceFields { get; private set; } = [];
    public IReadOnlyList<Term> Regions { get; private set; } = [];
    public IReadOnlyList<ContentItem> Providers { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + ProviderDirectory.PageSize - 1) / ProviderDirectory.PageSize);
    public static string Culture => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        ServiceFields = await vocabularies.TermsAsync(ProviderTerms.ServiceFields, cancellationToken);
        Regions = await vocabularies.TermsAsync(ProviderTerms.Regions, cancellationToken);
        ServiceField = ServiceFields.Any(t => t.Id == ServiceField) ? ServiceField : null;
        Region = Regions.Any(t => t.Id == Region) ? Region : null;
        var kind = Enum.GetValues<QualityMarkKind>().Select(k => (QualityMarkKind?)k).FirstOrDefault(k => k.ToString() == Mark);
        Mark = kind?.ToString();
        PageNumber = Math.Max(1, PageNumber);
        var results = await directory.FindAsync(new ProviderFilter(ServiceField, Region, kind, ValidMarksOnly), PageNumber, cancellationToken);
        (Total, Providers) = (results.Total, results.Items);
    }

    /// <summary>The address of another page of the same results.</summary>
    public string? PageUrl(int page) => Url.Page("/Providers/Index", new
    {
        palvelukentta = ServiceField,
        alue = Region,
        merkki = Mark,
        voimassa = ValidMarksOnly ? "true" : null,
        sivu = page,
    });
}
