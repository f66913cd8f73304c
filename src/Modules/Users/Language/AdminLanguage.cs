using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.Filters;
using Verkostoportaali.Localization;

namespace Verkostoportaali.Users.Language;

/// <summary>
/// An admin user's own UI language, a user claim carried in the auth cookie. It applies to the admin pages and the
/// account pages only; public pages keep the language their URL names.
/// </summary>
internal sealed class AdminLanguage : IAsyncResourceFilter
{
    public const string ClaimType = "vp:ui-culture";

    public static bool IsAdminPath(PathString path) =>
        path.StartsWithSegments("/admin") || path.StartsWithSegments("/login") || path.StartsWithSegments("/logout");

    /// <summary>The user's chosen language, or null when they have chosen none.</summary>
    public static string? ChosenBy(System.Security.Claims.ClaimsPrincipal user) => Named(user.FindFirst(ClaimType)?.Value);

    /// <summary>The language a stored claim's value names, or null when it names none of the portal's.</summary>
    public static string? Named(string? value) => value is not null && PortalCultures.All.Contains(value) ? value : null;

    // A resource filter wraps the page's result too, so the view renders in the culture set here.
    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        var http = context.HttpContext;
        if (IsAdminPath(http.Request.Path) && ChosenBy(http.User) is { } language)
        {
            var culture = PortalCultures.Formatting(language);
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
            http.Features.Set(new RequestLanguage(language, http.Features.Get<RequestLanguage>()?.TenantBase ?? http.Request.PathBase));
            http.Features.Set<IRequestCultureFeature>(new RequestCultureFeature(new RequestCulture(culture), provider: null));
        }
        await next();
    }
}
