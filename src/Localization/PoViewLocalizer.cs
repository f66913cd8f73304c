using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Localization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;

namespace Verkostoportaali.Localization;

/// <summary>
/// A view's <c>T</c>: the PO localizer of the view's path, as ASP.NET's ViewLocalizer names it (the app's name, then
/// the path with dots for slashes and without its extension). That one names it again, and asks the factory for it,
/// for every view of every request: a page, its layout and each partial, a hundredth of a page's time.
/// </summary>
internal sealed class PoViewLocalizer(ViewLocalizers views) : IViewLocalizer, IViewContextAware
{
    private IHtmlLocalizer localizer = null!;

    // As ViewLocalizer: the file being run (a partial, a layout), else the view's own.
    public void Contextualize(ViewContext viewContext) =>
        localizer = views.Of(viewContext.ExecutingFilePath is { Length: > 0 } path ? path : viewContext.View.Path);

    public LocalizedHtmlString this[string name] => localizer[name];

    public LocalizedHtmlString this[string name, params object[] arguments] => localizer[name, arguments];

    public LocalizedString GetString(string name) => localizer.GetString(name);

    public LocalizedString GetString(string name, params object[] arguments) => localizer.GetString(name, arguments);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => localizer.GetAllStrings(includeParentCultures);
}

/// <summary>Each view's localizer, by the view's path, named once.</summary>
internal sealed class ViewLocalizers(IHtmlLocalizerFactory factory, IWebHostEnvironment environment)
{
    private readonly ConcurrentDictionary<string, IHtmlLocalizer> byPath = new(StringComparer.Ordinal);

    public IHtmlLocalizer Of(string path) => byPath.GetOrAdd(path, p => factory.Create(BaseName(p, environment.ApplicationName), environment.ApplicationName));

    // "/Pages/Shared/_Layout.cshtml" in the app Web is "Web.Pages.Shared._Layout".
    private static string BaseName(string path, string applicationName)
    {
        var start = path.StartsWith('/') || path.StartsWith('\\') ? 1 : 0;
        var withoutExtension = path[start..^Path.GetExtension(path).Length];
        return $"{applicationName}.{withoutExtension.Replace('/', '.').Replace('\\', '.')}";
    }
}
