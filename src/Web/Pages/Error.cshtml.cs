using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Verkostoportaali.Web.Pages;

/// <summary>The page shown for 404, 500 and other errors; the status code stays what it was.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(IStringLocalizer<ErrorModel> T) : PageModel
{
    public string Title { get; private set; } = "";
    public string Explanation { get; private set; } = "";

    // After an exception the path says 500, but the status chosen for the exception is what the visitor gets.
    public void OnGet(int code) => Describe(HttpContext.Features.Get<IExceptionHandlerFeature>() is null ? code : Response.StatusCode);

    public void OnPost(int code) => OnGet(code);

    private void Describe(int code)
    {
        (Title, Explanation) = code switch
        {
            404 => (T["Page not found"].Value, T["The page you were looking for does not exist or has been removed."].Value),
            >= 500 => (T["Something went wrong"].Value, T["The error has been logged. Please try again later."].Value),
            _ => (T["The request could not be handled"].Value, T["Please check the address and try again."].Value),
        };
    }
}
