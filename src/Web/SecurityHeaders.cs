using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.Extensions.Options;
using Verkostoportaali.Localization;
using Verkostoportaali.OpenData;

namespace Verkostoportaali.Web;

/// <summary>The <c>Portal:Security</c> configuration section.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Portal:Security";

    /// <summary>
    /// The pages that may show the public pages in a frame, as CSP <c>frame-ancestors</c> sources (<c>https://kunta.fi</c>,
    /// <c>'self'</c>), for sites embedded as widgets; by default none. Admin and login pages are never framed.
    /// </summary>
    public string[] FrameAncestors { get; set; } = [];

    /// <summary>Where to report a vulnerability, as URIs (<c>mailto:</c> or <c>https:</c>), for <c>/.well-known/security.txt</c>.</summary>
    public string[] Contact { get; set; } = ["mailto:tietoturva@verkostoportaali.fi"];

    // One source: no space, comma or semicolon, which would end it, the directive or the header's value.
    internal static bool IsSource(string source) =>
        source.Length > 0 && !source.Any(c => char.IsWhiteSpace(c) || c is ',' or ';' || char.IsControl(c));
}

/// <summary>
/// The security headers on every response (pages, JSON, feeds, static files, errors, cached pages): a Content Security
/// Policy, <c>X-Content-Type-Options</c>, <c>Referrer-Policy</c> and <c>Permissions-Policy</c>. Hand-written because
/// ASP.NET Core has no feature for them (it has one for HSTS, <c>UseHsts</c>). They are set as the response starts, so
/// that they are on an answer from the output cache too, and survive the exception handler, which clears the response.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next, IOptions<SecurityOptions> options, IConfiguration configuration)
{
    // Styles may be inline: pages' HTML keeps the style attributes the sanitizer allows, the theme sets its accent colour
    // on <body>, and the rich-text editor (Trix) adds its own <style> element. Inline CSS runs no script; what stops
    // injected script is script-src, which allows only the site's own files. Images may come from any HTTPS site, as
    // a theme's logo and an article's picture are addresses of other sites; data: is for the editor's toolbar icons.
    private const string PolicyFormat = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' https: data:{0}; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors ";

    private const string PermissionsPolicy = "accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), "
        + "hid=(), magnetometer=(), microphone=(), midi=(), payment=(), serial=(), usb=()";

    // The admin's and the login's first segments after the tenant's prefix and the language. Framed, a page with forms
    // could be clicked by a visitor who thinks they click the page around it.
    private static readonly string[] NeverFramed = ["/admin", "/login", "/logout"];

    private readonly string adminPolicy = Policy(configuration) + "'none'";
    // A widget's frame page (/upotus/tapahtumat) is made to be shown in member organisations' own pages, whichever.
    private readonly string widgetPolicy = Policy(configuration) + "*";
    private readonly string? publicPolicy = options.Value.FrameAncestors is { Length: > 0 } sources ? Policy(configuration) + string.Join(' ', sources) : null;

    private static string Policy(IConfiguration configuration) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, PolicyFormat, MapTileSource(configuration["Portal:Map:TileUrl"]));

    // The map's tiles (Portal:Map:TileUrl) come from a tile server: one on HTTPS is already allowed, one on plain HTTP
    // (a tile server in the same network) is added by its origin. A host with a {s} placeholder names no one origin.
    internal static string MapTileSource(string? tileUrl) =>
        Uri.TryCreate(tileUrl, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttp && !url.Host.Contains('{')
            ? " " + url.GetLeftPart(UriPartial.Authority) : "";

    public Task InvokeAsync(HttpContext context)
    {
        // The whole path, before the tenant and language middleware move their segments into the path base.
        var path = context.Request.PathBase.Add(context.Request.Path);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = FramedBy(context, path) switch
            {
                Framing.Anyone => widgetPolicy,
                Framing.Configured when publicPolicy is not null => publicPolicy,
                _ => adminPolicy,
            };
            headers.XContentTypeOptions = "nosniff";
            // A page whose address holds a secret (a password-reset or invitation link) sets a stricter policy itself.
            headers.TryAdd("Referrer-Policy", "strict-origin-when-cross-origin");
            headers["Permissions-Policy"] = PermissionsPolicy;
            return Task.CompletedTask;
        });
        return next(context);
    }

    private enum Framing { Never, Configured, Anyone }

    private static Framing FramedBy(HttpContext context, PathString path)
    {
        // No language: the tenant middleware refused the request, which has nothing to frame.
        if (context.Features.Get<RequestLanguage>() is not { } request)
        {
            return Framing.Never;
        }
        path.StartsWithSegments(request.TenantBase, StringComparison.OrdinalIgnoreCase, out var rest);
        PortalCultures.LanguageOf(rest, out rest);
        return NeverFramed.Any(segment => rest.StartsWithSegments(segment, StringComparison.OrdinalIgnoreCase)) ? Framing.Never
            : rest.StartsWithSegments(OpenDataModule.WidgetPath, StringComparison.OrdinalIgnoreCase, out var widget) && widget.Value is { Length: > 1 }
                ? Framing.Anyone
            : Framing.Configured;
    }
}

/// <summary>How the host adds the security headers and HSTS, both under <c>Portal:Security</c>.</summary>
internal static class SecurityComposition
{
    public static IServiceCollection AddSecurityHeaders(this IServiceCollection services)
    {
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.Section)
            .Validate(o => o.FrameAncestors.All(SecurityOptions.IsSource),
                $"{SecurityOptions.Section}:FrameAncestors takes sources such as https://kunta.fi, one an entry.")
            .ValidateOnStart();
        // A year rather than the default 30 days, which lapse for a visitor who comes back monthly; without subdomains,
        // as a site's host name may be under an organisation's own domain, whose other hosts are not ours.
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        services.AddOptions<HstsOptions>().BindConfiguration(SecurityOptions.Section + ":Hsts");
        return services;
    }
}
