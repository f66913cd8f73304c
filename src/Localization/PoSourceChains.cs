using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.Razor.Hosting;

namespace Verkostoportaali.Localization;

/// <summary>
/// Which PO sources (the assembly folders of <see cref="PoCatalogue"/>) a localizer reads, in order: its own assembly's,
/// then those of the modules its assembly references (whose code it runs, so whose messages it shows: Contents' import
/// warnings on Projects' import page), then the host app's and Core's. Two modules that do not reference each other
/// may so translate one msgid differently ("Role": a user's role, a contact person's task); PoExtract fails on a msgid
/// that two sources of one chain translate differently. The app composes every module, so its chain is itself and Core.
/// </summary>
internal sealed class PoSourceChains(IReadOnlyList<string> sources, string? app)
{
    // The kernel's assembly, whose PO files end every chain: named, since the kernel references this project, not the other way.
    private const string CoreSource = "Verkostoportaali.Core";

    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> chains = new(StringComparer.Ordinal);
    private readonly Lazy<Dictionary<string, string>> views = new(() => Views(sources));

    public IReadOnlyList<string> For(string source) => chains.GetOrAdd(source, own =>
        [.. new[] { own }.Concat(own == app ? [] : References(own)).Append(app).Append(CoreSource).OfType<string>().Distinct()]);

    /// <summary>
    /// The source of a view named as ViewLocalizer names it ("Views.Content.Content.Detail"), which gives only its path:
    /// Razor compiles a module's views into the module's assembly, and the assembly lists them.
    /// </summary>
    public string? OfView(string view) => views.Value.GetValueOrDefault(view);

    private IEnumerable<string> References(string own)
    {
        var found = new List<string>();
        var pending = new Queue<string>([own]);
        while (pending.TryDequeue(out var name))
        {
            foreach (var reference in Load(name)?.GetReferencedAssemblies() ?? [])
            {
                if (reference.Name is { } next && sources.Contains(next) && !new[] { own, app, CoreSource }.Contains(next) && !found.Contains(next))
                {
                    found.Add(next);
                    pending.Enqueue(next);
                }
            }
        }
        return found;
    }

    private static Dictionary<string, string> Views(IReadOnlyList<string> sources)
    {
        var views = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            foreach (var view in Load(source)?.GetCustomAttributes<RazorCompiledItemAttribute>() ?? [])
            {
                views.TryAdd(Path.ChangeExtension(view.Identifier.TrimStart('/'), null).Replace('/', '.'), source);
            }
        }
        return views;
    }

    // A source is named after an assembly beside the app; a test's PO folder may have none.
    private static Assembly? Load(string name)
    {
        try
        {
            return Assembly.Load(name);
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or ArgumentException)
        {
            return null;
        }
    }
}
