using System.Globalization;
using Verkostoportaali.Localization;

namespace Verkostoportaali.Testing;

/// <summary>Runs code in the UI culture that a request in a portal language has.</summary>
public static class UiLanguage
{
    public static T In<T>(string language, Func<T> read)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = PortalCultures.Formatting(language);
        try
        {
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
