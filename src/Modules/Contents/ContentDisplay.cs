using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Contents;

/// <summary>
/// Finds the views that show an item: <c>Views/Content/{Type}.{Mode}.cshtml</c> when a module has one,
/// else the generic <c>Content.{Mode}</c>, which shows each part through <c>Views/Parts/{Part}.cshtml</c>.
/// </summary>
public sealed class ContentDisplay(ICompositeViewEngine viewEngine, ContentPartRegistry parts, IEnumerable<KeptDetailView> keptDetails)
{
    private readonly ConcurrentDictionary<string, bool> viewExists = new();
    private readonly HashSet<string> keptDetailTypes = [.. keptDetails.Select(k => k.ContentType)];

    /// <summary>Whether the type's detail view may be kept rendered: its module said it shows nothing but what the summary key holds.</summary>
    public bool KeepsDetail(string contentType) => keptDetailTypes.Contains(contentType);

    public string ViewFor(string contentType, DisplayMode mode)
    {
        var specific = $"/Views/Content/{contentType}.{mode}.cshtml";
        return Exists(specific) ? specific : $"/Views/Content/Content.{mode}.cshtml";
    }

    /// <summary>The item's parts that have a view, in the order the item stores them; a part that cannot be read is left out.</summary>
    public IReadOnlyList<PartDisplay> PartsOf(ContentItem item) =>
        [.. item.PartNames
            .Select(name => (Type: parts.Find(name), View: $"/Views/Parts/{name}.cshtml"))
            .Where(p => p.Type is not null && Exists(p.View))
            .Select(p => (p.View, Part: item.Get(p.Type!)))
            .Where(p => p.Part is not null)
            .Select(p => new PartDisplay(p.View, p.Part!))];

    public static string? UrlOf(ContentItem item, HttpRequest request) =>
        item.Slug is null ? null : $"{request.PathBase}/{item.Slug}";

    /// <summary>The item's full address on its site's canonical origin, for JSON-LD, feeds and mails read outside the site.</summary>
    public static Uri? AbsoluteUrlOf(ContentItem item, HttpRequest request) =>
        UrlOf(item, request) is { } path ? new Uri(TenantLinks.Absolute(request, path)) : null;

    private bool Exists(string path) => viewExists.GetOrAdd(path, p => viewEngine.GetView(null, p, isMainPage: false).Success);
}

public sealed record PartDisplay(string View, ContentPart Part);

/// <summary>
/// A content type whose detail view shows only what <see cref="SummaryCache"/>'s key holds (the item's version, the
/// site's data, the address, the culture and the day): no form, nothing of the query or the user. Its item pages
/// then render it once per key (<see cref="ContentDetailTagHelper"/>). A module says so with
/// <see cref="KeptDetailViewRegistration.AddKeptDetailView"/>; a type that does not is rendered on every request.
/// </summary>
public sealed record KeptDetailView(string ContentType);

public static class KeptDetailViewRegistration
{
    public static IServiceCollection AddKeptDetailView(this IServiceCollection services, string contentType) =>
        services.AddSingleton(new KeptDetailView(contentType));
}

public enum DisplayMode
{
    Detail,
    Summary,
}
