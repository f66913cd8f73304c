using Microsoft.AspNetCore.Mvc.Localization;
using Microsoft.Extensions.Localization;

namespace Verkostoportaali.Localization;

/// <summary><c>T.Plural(count, "{0} item", "{0} items", …)</c>: the form the count picks, with the count as {0}.</summary>
public static class Plurals
{
    public static LocalizedString Plural(this IStringLocalizer localizer, int count, string singular, string plural,
        params object[] arguments) => localizer[singular, new PluralArgument(count, plural, arguments)];

    public static LocalizedString Plural(this IHtmlLocalizer localizer, int count, string singular, string plural,
        params object[] arguments) => localizer.GetString(singular, new PluralArgument(count, plural, arguments));
}

// Passed as the only argument because ASP.NET's localizer wrappers (StringLocalizer<T>, HtmlLocalizer) forward only arguments.
/// <summary>A request for the plural form that <see cref="Count"/> picks.</summary>
public sealed record PluralArgument(int Count, string PluralId, object[] Arguments);
