using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Verkostoportaali.Providers;

/// <summary>Validation messages in the UI language: English msgids translated in Localization/*.po.</summary>
internal static class LocalizedValidation
{
    // DataAnnotations hands validation code its services only through the context; without them the message stays English.
    public static string Message<TSource>(ValidationContext context, string message, params object[] arguments) =>
        context.GetService(typeof(IStringLocalizer<TSource>)) is IStringLocalizer localizer
            ? localizer[message, arguments].Value
            : string.Format(CultureInfo.InvariantCulture, message, arguments);
}
