using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Verkostoportaali.Contents.Import;

/// <summary>
/// A warning or an error from reading or importing text: <paramref name="Msgid"/> is a msgid with
/// <paramref name="Arguments"/>, and <paramref name="Line"/> the line of the text it is about, when there is one.
/// </summary>
public sealed record ImportMessage(int? Line, string Msgid, params object[] Arguments)
{
    /// <summary>The message in the current UI language, or as written (English) without a localizer, as the ops command prints it.</summary>
    public string Format(IStringLocalizer? localizer = null)
    {
        var message = localizer is null ? string.Format(CultureInfo.InvariantCulture, Msgid, Arguments) : localizer[Msgid, Arguments].Value;
        return Line switch
        {
            null => message,
            { } line when localizer is null => $"Line {line}: {message}",
            { } line => localizer["Line {0}: {1}", line, message].Value,
        };
    }
}
