using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Localization;
using Microsoft.Extensions.Localization;

namespace Verkostoportaali.Localization;

/// <summary>
/// IHtmlLocalizer, and so IViewLocalizer, whose translations are text: ASP.NET's HtmlLocalizer writes a translation as
/// markup, and a site's own PO file is written by the site's admins. The translation is encoded, its arguments as ever.
/// </summary>
internal sealed class PoHtmlLocalizer(IStringLocalizer strings, TranslationFormats formats) : IHtmlLocalizer
{
    public LocalizedHtmlString this[string name] => this[name, []];

    public LocalizedHtmlString this[string name, params object[] arguments]
    {
        get
        {
            var text = strings[name];
            return new EncodedHtmlString(name, formats.For(name, text.Value, arguments), text.ResourceNotFound, arguments);
        }
    }

    public LocalizedString GetString(string name) => strings[name];

    public LocalizedString GetString(string name, params object[] arguments) => strings[name, arguments];

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => strings.GetAllStrings(includeParentCultures);
}

/// <summary>The factory of <see cref="PoHtmlLocalizer"/>s over the PO string localizers.</summary>
internal sealed class PoHtmlLocalizerFactory(PoStringLocalizerFactory strings) : IHtmlLocalizerFactory
{
    // Kept as the string localizers are: each view a page renders asks for its own.
    private readonly ConcurrentDictionary<IStringLocalizer, IHtmlLocalizer> kept = new();

    public IHtmlLocalizer Create(Type resourceSource) => Over(strings.Create(resourceSource));

    public IHtmlLocalizer Create(string baseName, string location) => Over(strings.Create(baseName, location));

    private IHtmlLocalizer Over(IStringLocalizer localizer) => kept.GetOrAdd(localizer, l => new PoHtmlLocalizer(l, strings.Formats));
}

/// <summary>
/// A <see cref="LocalizedHtmlString"/> whose <see cref="LocalizedHtmlString.Value"/> is the plain text, formatted, that
/// views read (a page title), but which writes that text encoded. The framework's Value is the unformatted format, so a
/// title read from it said "Tapahtumat: {0}". Its base class's WriteTo is not virtual, so IHtmlContent is implemented
/// again here: Razor and the tag helpers write content through the interface.
/// </summary>
internal sealed partial class EncodedHtmlString : LocalizedHtmlString, IHtmlContent
{
    private static readonly BoundedMemo<(HtmlEncoder Encoder, string Format), string> EncodedFormats = new(10_000);

    private readonly string format;
    private readonly object[] arguments;

    public EncodedHtmlString(string name, string format, bool isResourceNotFound, object[] arguments)
        : base(name, arguments.Length == 0 ? format : string.Format(CultureInfo.CurrentCulture, format, arguments), isResourceNotFound, arguments) =>
        (this.format, this.arguments) = (format, arguments);

    void IHtmlContent.WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        if (arguments.Length == 0)
        {
            encoder.Encode(writer, format);
            return;
        }
        // The text between the placeholders is encoded; HtmlFormattableString then encodes each argument it puts in.
        // Encoded once per format: a pager writes "Page {0} of {1}" for every link on every list page.
        var encoded = EncodedFormats.GetOrMake((encoder, format), static key => EncodeText(key.Format, key.Encoder));
        new HtmlFormattableString(encoded, arguments).WriteTo(writer, encoder);
    }

    private static string EncodeText(string format, HtmlEncoder encoder) =>
        Placeholders().Replace(format, match => match.Groups["text"].Success ? encoder.Encode(match.Value) : match.Value);

    // A format that reaches here has been parsed (TranslationFormats): every brace is an escape or a placeholder.
    [GeneratedRegex(@"\{\{|\}\}|\{[^{}]*\}|(?<text>[^{}]+)")]
    private static partial Regex Placeholders();
}
