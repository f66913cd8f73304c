using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace Verkostoportaali.Localization;

/// <summary>
/// Localizers whose msgctxt is the type's full name, or the view's path ("Views.Content.Content.Detail"), and which read
/// the PO files of the type's or view's own module first (see <see cref="PoSourceChains"/>): the merged catalogue of
/// every module gave one module another's translation of a shared msgid. In a request, the request's own translations
/// (when the host registers <see cref="IRequestTranslations"/>: a tenant's) win over all of them.
/// </summary>
public sealed class PoStringLocalizerFactory(PoCatalogue catalogue, IRequestTranslations? overrides = null,
    IHostEnvironment? host = null, ILogger<PoStringLocalizerFactory>? logger = null) : IStringLocalizerFactory
{
    private readonly PoSourceChains chains = new(catalogue.Sources, host?.ApplicationName);
    private readonly ConcurrentDictionary<(string, string, string), bool> warned = new();
    private readonly ConcurrentDictionary<Assembly, string> assemblyNames = new();
    private readonly ConcurrentDictionary<Type, IStringLocalizer> byType = new();
    private readonly ConcurrentDictionary<(string BaseName, string Location), IStringLocalizer> byView = new();

    /// <summary>Shared by every localizer, so that a translation whose placeholders do not fit is logged once.</summary>
    internal TranslationFormats Formats { get; } = new(logger);

    // A localizer holds nothing of a request, so one per type or view serves them all: every view a page renders asks
    // for its own (ViewLocalizer), on every request.
    public IStringLocalizer Create(Type resourceSource) => byType.GetOrAdd(resourceSource, type =>
        Localizer(type.FullName, assemblyNames.GetOrAdd(type.Assembly, assembly => assembly.GetName().Name!)));

    // ViewLocalizer prefixes the view path with the host app's name even for a module's view, so the prefix says nothing.
    public IStringLocalizer Create(string baseName, string location) => byView.GetOrAdd((baseName, location), key =>
    {
        var (name, prefix) = key;
        var view = name.StartsWith(prefix + ".", StringComparison.Ordinal) ? name[(prefix.Length + 1)..] : name;
        return Localizer(view, chains.OfView(view) ?? prefix);
    });

    private PoStringLocalizer Localizer(string? context, string source) =>
        new(catalogue, context, chains.For(source), () => overrides?.Current, id => Missing(id, context, source), Formats);

    // A module showing a msgid that only another module's PO files translate (a link, a permission, a message made
    // there) shows English: said once per msgid, so that the module that declares it translates it, or this one does.
    private void Missing(string id, string? context, string source)
    {
        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        if (logger is not null && catalogue.SourceOf(culture, context, id) is { } other && warned.TryAdd((culture, source, id), true))
        {
            logger.LogWarning("\"{Msgid}\" has no {Culture} translation in the PO files that {Source} reads, only in {Other}'s.",
                id, culture, source, other);
        }
    }
}
