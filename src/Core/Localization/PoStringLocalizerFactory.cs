using Microsoft.Extensions.Localization;

namespace Verkostoportaali.Core.Localization;

/// <summary>Localizers whose msgctxt is the type's full name, or the view's path ("Views.Content.Content.Detail").</summary>
public sealed class PoStringLocalizerFactory(PoCatalogue catalogue) : IStringLocalizerFactory
{
    public IStringLocalizer Create(Type resourceSource) => new PoStringLocalizer(catalogue, resourceSource.FullName);

    // ViewLocalizer prefixes the view path with the host app's name even for a module's view, so the prefix says nothing.
    public IStringLocalizer Create(string baseName, string location) => new PoStringLocalizer(catalogue,
        baseName.StartsWith(location + ".", StringComparison.Ordinal) ? baseName[(location.Length + 1)..] : baseName);
}
