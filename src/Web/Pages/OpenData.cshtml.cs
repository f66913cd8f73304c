using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Verkostoportaali.Web.Pages;

/// <summary><c>/avoin-data</c>: what of the portal is open data, under which licence, and where its interfaces are.</summary>
public sealed class OpenDataModel(OpenDataLicence licence) : PageModel
{
    public OpenDataLicence Licence => licence;
}
