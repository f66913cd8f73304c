using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;

namespace Verkostoportaali.Localization;

/// <summary>The portal's languages: Finnish (default, no URL prefix), Swedish <c>/sv/</c>, English <c>/en/</c>.</summary>
public static class PortalCultures
{
    public const string Default = "fi";

    public static readonly IReadOnlyList<string> All = ["fi", "sv", "en"];

    private static readonly CultureInfo Finnish = CultureInfo.GetCultureInfo("fi-FI");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private static readonly CultureInfo Swedish = FinlandSwedish();

    // Formats follow Finland: sv-FI, and British English (day-month order like Finland's).
    public static CultureInfo Formatting(string language) => language switch
    {
        "sv" => Swedish,
        "en" => English,
        _ => Finnish,
    };

    // ICU gives sv-FI Sweden's ISO short date (2020-01-13); in Finland Swedish text writes dates as in Finnish, 13.1.2020.
    private static CultureInfo FinlandSwedish()
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo("sv-FI").Clone();
        culture.DateTimeFormat.ShortDatePattern = "d.M.yyyy";
        return CultureInfo.ReadOnly(culture);
    }

    /// <summary>The request's language: <c>fi</c>, <c>sv</c> or <c>en</c>.</summary>
    public static string Language(this HttpContext context) => context.Features.Get<RequestLanguage>()?.Language ?? Default;

    /// <summary>The language's name in itself ("På svenska"), so that a reader finds their own.</summary>
    public static string NativeName(string language) => language switch
    {
        "sv" => "På svenska",
        "en" => "In English",
        _ => "Suomeksi",
    };

    /// <summary>The same page in another language: the page's own alternate when it set one, else the same path and query.</summary>
    public static string UrlIn(this HttpContext context, string language) =>
        context.Features.Get<LanguageAlternates>()?.Urls.GetValueOrDefault(language)
        ?? context.PathIn(language, $"{(context.Request.Path.HasValue ? context.Request.Path.Value : "/")}{context.Request.QueryString}");

    /// <summary>A path under the tenant in a language: the tenant's base, the language prefix, then <paramref name="path"/>.</summary>
    public static string PathIn(this HttpContext context, string language, string path) =>
        $"{context.TenantBase()}{(language == Default ? "" : "/" + language)}{path}";

    /// <summary>The tenant's path base without the language: <c>/mansikka</c>, or empty for the portal and host-named sites.</summary>
    public static PathString TenantBase(this HttpContext context) =>
        context.Features.Get<RequestLanguage>()?.TenantBase ?? context.Request.PathBase;

    /// <summary>The language a path (after the tenant prefix) names by its first segment, and the path after it.</summary>
    public static string LanguageOf(PathString path, out PathString rest)
    {
        foreach (var candidate in All.Where(c => c != Default))
        {
            if (path.StartsWithSegments("/" + candidate, StringComparison.OrdinalIgnoreCase, out rest))
            {
                return candidate;
            }
        }
        rest = path;
        return Default;
    }
}

/// <summary>
/// Set by a page whose versions in other languages live at addresses of their own (an item's variants have their own
/// slugs), so that the language switcher and hreflang links lead there instead of to the same path.
/// </summary>
public sealed record LanguageAlternates(IReadOnlyDictionary<string, string> Urls);

/// <summary>The language chosen by the URL, and the tenant's path base without it.</summary>
public sealed record RequestLanguage(string Language, PathString TenantBase);

/// <summary>
/// Reads the language segment after the tenant prefix and moves it into <c>PathBase</c>, as the tenant prefix is,
/// so that every link a page makes with <c>~/</c> stays in the same language.
/// </summary>
public sealed class CultureFromPathMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var (tenantBase, originalPath) = (context.Request.PathBase, context.Request.Path);
        var language = PortalCultures.LanguageOf(originalPath, out var rest);
        if (language != PortalCultures.Default)
        {
            context.Request.PathBase = tenantBase.Add("/" + language);
            context.Request.Path = rest.HasValue ? rest : "/";
        }
        var culture = PortalCultures.Formatting(language);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        context.Features.Set(new RequestLanguage(language, tenantBase));
        context.Features.Set<IRequestCultureFeature>(new RequestCultureFeature(new RequestCulture(culture), provider: null));
        try
        {
            await next(context);
        }
        finally
        {
            (context.Request.PathBase, context.Request.Path) = (tenantBase, originalPath);
        }
    }
}
