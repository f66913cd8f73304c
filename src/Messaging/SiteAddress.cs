using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Localization;

namespace Verkostoportaali.Messaging;

/// <summary>
/// A site's name and the full addresses of its pages in one language, for the links of a mail: of the request's own
/// site, or of another site when the portal admin or a command mails its users.
/// </summary>
public sealed record SiteAddress(string Name, string Origin, string TenantBase, string Language)
{
    /// <summary>The page's full address: <c>https://portaali.fi/mansikka/sv/kutsu?…</c>.</summary>
    public string Url(string path) => $"{Origin}{TenantBase}{(Language == PortalCultures.Default ? "" : "/" + Language)}{path}";

    public string Home => Url("/");

    /// <summary>The request's own site, in the request's language.</summary>
    public static SiteAddress Of(HttpRequest request) => For(request.HttpContext.GetTenant(), request, request.HttpContext.Language());

    /// <summary>
    /// Any site, on <c>Portal:BaseUrl</c> or the site's host name; without a request (a command) the base address must be set.
    /// </summary>
    public static SiteAddress For(Tenant tenant, HttpRequest? request, string language, IServiceProvider services) =>
        new(tenant.DisplayName, services.GetRequiredService<TenantLinks>().Origin(tenant, request),
            tenant.UrlPrefix is { } prefix ? "/" + prefix : "", language);

    private static SiteAddress For(Tenant tenant, HttpRequest request, string language) => For(tenant, request, language, request.HttpContext.RequestServices);

    /// <summary>
    /// Runs <paramref name="compose"/> in the language's culture, so that a mail is localized for its reader. The
    /// caller's culture stays as it was: what an async method sets in its execution context does not flow back.
    /// </summary>
    public static async Task<T> InLanguageAsync<T>(string language, Func<Task<T>> compose)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = PortalCultures.Formatting(language);
        return await compose();
    }
}
