using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Verkostoportaali.Localization;

/// <summary>
/// The format a string is built from: the translation when its placeholders fit the arguments the code passes, else
/// the msgid. A site's own PO file may say "{5}" or "{0" where the msgid takes one argument, and the string.Format
/// that throws on it would answer the page with a 500; such a translation is logged once.
/// </summary>
public sealed class TranslationFormats(ILogger? logger = null)
{
    private readonly ConcurrentDictionary<(string Translation, int Count), bool> warned = new();
    private readonly BoundedMemo<string, int> leastArguments = new(10_000);

    public string For(string msgid, string translation, object[] arguments)
    {
        // Without arguments a translation is shown as written, braces and all, and nothing formats it.
        if (arguments.Length == 0 || Fits(translation, arguments.Length))
        {
            return translation;
        }
        if (warned.TryAdd((translation, arguments.Length), true))
        {
            logger?.LogWarning("The translation \"{Translation}\" of \"{Msgid}\" has placeholders that its {Count} argument(s) do not fit; the msgid is shown instead.",
                translation, msgid, arguments.Length);
        }
        return msgid;
    }

    // Parsed once per format: a page's pager and headings format the same few strings on every request.
    private bool Fits(string format, int count) => leastArguments.GetOrMake(format, LeastArguments) <= count;

    private static int LeastArguments(string format)
    {
        try
        {
            return CompositeFormat.Parse(format).MinimumArgumentCount;
        }
        catch (FormatException)
        {
            return int.MaxValue;
        }
    }
}
