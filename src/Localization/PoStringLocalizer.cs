using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Verkostoportaali.Localization;

/// <summary>
/// PO strings in the current UI culture from the first of <paramref name="sources"/> that has them, tried with
/// <paramref name="context"/> as msgctxt first; else the msgid itself, and <paramref name="missing"/> is told.
/// <paramref name="overrides"/> gives the current tenant's own catalogue, whose entries win. A translation whose
/// placeholders do not fit the arguments gives way to the msgid (see <see cref="TranslationFormats"/>).
/// </summary>
public sealed class PoStringLocalizer(PoCatalogue catalogue, string? context, IReadOnlyList<string> sources,
    Func<PoCatalogue?>? overrides = null, Action<string>? missing = null, TranslationFormats? formats = null) : IStringLocalizer
{
    private readonly TranslationFormats formats = formats ?? new();

    // The PO files are read once, at start: a msgid is looked up in them once per culture, not on every page. A msgid
    // many modules translate ("Search") has an entry per module and culture, which the lookup walks in this one's order.
    private readonly BoundedMemo<(string Culture, string Name), string?> translations = new(10_000);
    private readonly Func<(string Culture, string Name), string?> translate = key => catalogue.Translate(key.Culture, context, key.Name, sources);

    private static string Culture => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public LocalizedString this[string name] => this[name, []];

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            if (arguments is [PluralArgument plural])
            {
                var form = overrides?.Invoke()?.TranslatePlural(Culture, context, name, plural.Count)
                    ?? catalogue.TranslatePlural(Culture, context, name, plural.Count, sources);
                var fallback = plural.Count == 1 ? name : plural.PluralId;
                return Localized(name, fallback, form, [plural.Count, .. plural.Arguments]);
            }
            var translation = overrides?.Invoke()?.Translate(Culture, context, name) ?? translations.GetOrMake((Culture, name), translate);
            return Localized(name, name, translation, arguments);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        catalogue.EntriesOf(Culture, sources).Where(e => e.Entry.Context is null || e.Entry.Context == context)
            .Select(e => e.Entry.Id).Distinct().Select(id => this[id]);

    private LocalizedString Localized(string name, string msgid, string? translation, object[] arguments)
    {
        if (translation is null)
        {
            missing?.Invoke(name);
        }
        var format = translation is null ? msgid : formats.For(msgid, translation, arguments);
        return new(name, arguments.Length == 0 ? format : string.Format(CultureInfo.CurrentCulture, format, arguments), translation is null, context);
    }
}
