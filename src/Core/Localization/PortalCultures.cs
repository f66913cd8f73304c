using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;

namespace Verkostoportaali.Core.Localization;

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

    /// <summary>The same page in another language: the tenant's base, the language prefix, the path and query.</summary>
    public static string UrlIn(this HttpContext context, string language)
    {
        var tenantBase = context.Features.Get<RequestLanguage>()?.TenantBase ?? context.Request.PathBase;
        var prefix = language == Default ? "" : "/" + language;
        var path = context.Request.Path.Value is null or "/" && prefix.Length > 0 ? "/" : context.Request.Path.Value ?? "/";
        return $"{tenantBase}{prefix}{path}{context.Request.QueryString}";
    }
}

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
        var language = PortalCultures.Default;
        foreach (var candidate in PortalCultures.All.Where(c => c != PortalCultures.Default))
        {
            if (context.Request.Path.StartsWithSegments("/" + candidate, StringComparison.OrdinalIgnoreCase, out var rest))
            {
                language = candidate;
                context.Request.PathBase = tenantBase.Add("/" + candidate);
                context.Request.Path = rest.HasValue ? rest : "/";
                break;
            }
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
