using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Verkostoportaali.Core;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Data;

namespace Verkostoportaali.Contents;

/// <summary>The <c>Portal:SummaryCache</c> configuration section.</summary>
public sealed class SummaryCacheOptions
{
    public const string Section = "Portal:SummaryCache";

    /// <summary>How much memory the kept summaries and content API items may take, in megabytes; zero turns the cache off.</summary>
    public int Megabytes { get; set; } = 32;
}

public static class SummaryCacheRegistration
{
    public static IServiceCollection AddSummaryCache(this IServiceCollection services)
    {
        services.AddOptions<SummaryCacheOptions>().BindConfiguration(SummaryCacheOptions.Section)
            .Validate(o => o.Megabytes >= 0, $"{SummaryCacheOptions.Section}:Megabytes cannot be negative.").ValidateOnStart();
        return services.AddSingleton<SummaryCache>();
    }
}

/// <summary>
/// Items' summaries as rendered, for the next page that lists them (Orchard Core's dynamic cache and Drupal's render
/// cache do the same): a site's home, its lists, their filtered pages and their later pages show the same items, and a
/// page the output cache does not answer (a logged-in editor's, another filter, the first after a change) renders
/// only the summaries it has not shown before. A summary shows other data too (term names, organisers, type labels),
/// so the key holds the versions of the site's data and of the registry: any change makes every earlier summary
/// unreachable. It also holds what a summary reads from the request: its address (the site's prefix and language),
/// the culture, and today's date, which decides a project's status and a quality mark's expiry. Bounded by memory,
/// unlike <see cref="TenantDataCache"/>'s one entry per key: a site has a summary per item, language and prefix. The
/// content API keeps its items' JSON here too (<see cref="Api.ItemJson"/>), and item pages their heads' descriptions
/// (<see cref="ItemSummary"/>), under the same key and the host it names.
/// </summary>
public sealed class SummaryCache(IOptions<SummaryCacheOptions> options, TenantChanges changes, FinnishCalendar calendar) : IDisposable
{
    // Unused summaries give their memory back: a site no one visits should not hold its lists.
    private static readonly TimeSpan KeptUnused = TimeSpan.FromMinutes(10);

    // What an entry costs beside its text: the key's strings and the cache's bookkeeping, roughly.
    private const int EntryOverheadBytes = 256;

    private readonly MemoryCache? cache = options.Value.Megabytes > 0
        ? new(new MemoryCacheOptions { SizeLimit = options.Value.Megabytes * 1024L * 1024L })
        : null;

    // Boxed once: a key's kind is an object, and a list looks up twenty summaries.
    private static readonly object SummaryKind = DisplayMode.Summary;
    private static readonly object DetailKind = DisplayMode.Detail;

    /// <summary>This request's kept summaries, with what they share looked up once: a list asks for twenty.</summary>
    public Summaries For(HttpContext http) => new(cache, RequestKeyOf(http));

    /// <summary>What <paramref name="make"/> makes of the item for this request, kept; <paramref name="charsOf"/> tells its size.</summary>
    public Task<T> GetOrMakeAsync<T>(ContentItem item, HttpContext http, Func<Task<T>> make, Func<T, int> charsOf) where T : class
    {
        var key = KeyOf(typeof(T), item, http);
        return cache is not null && key is not null && cache.TryGetValue(key, out T? kept) ? Task.FromResult(kept!) : MakeAsync(cache, key, make, charsOf);
    }

    // Keyed before making: a change that commits meanwhile leaves the value under the older versions.
    private static async Task<T> MakeAsync<T>(MemoryCache? cache, SummaryKey? key, Func<Task<T>> make, Func<T, int> charsOf) where T : class
    {
        var made = await make();
        if (cache is null || key is null)
        {
            return made;
        }
        cache.Set(key, made, new MemoryCacheEntryOptions
        {
            Size = EntryOverheadBytes + charsOf(made) * sizeof(char),
            SlidingExpiration = KeptUnused,
        });
        return made;
    }

    // What is kept of an item: a rendering in a display mode, or a value of a type.
    private SummaryKey? KeyOf(object kind, ContentItem item, HttpContext http) =>
        RequestKeyOf(http) is { } request ? new SummaryKey(kind, request, item.VersionId, item.Revision) : null;

    // What every summary of a request shares, made once per request: a list page asks for twenty. Made again when the
    // request itself commits a change, so that what it renders after that is kept under the new versions.
    private RequestKey? RequestKeyOf(HttpContext http)
    {
        // The kept key first: each feature looked up is a search of the request's features, twice per summary before.
        if (http.Features.Get<RequestKey>() is { } kept && kept.DataVersion == changes.Of(kept.Tenant) && kept.RegistryVersion == changes.Registry)
        {
            return kept;
        }
        if (http.Features.Get<Tenant>() is not { } tenant)
        {
            return null;
        }
        var (data, registry) = (changes.Of(tenant.Name), changes.Registry);
        var made = new RequestKey(tenant.Name, data, registry, http.Request.Scheme, http.Request.Host.Value ?? "",
            http.Request.PathBase.Value ?? "", CultureInfo.CurrentCulture.Name, CultureInfo.CurrentUICulture.Name, calendar.Today);
        http.Features.Set(made);
        return made;
    }

    public void Dispose() => cache?.Dispose();

    /// <summary>
    /// The summaries kept for one request as it is now: for one list, not across a change the request commits (which
    /// <see cref="For"/> sees).
    /// </summary>
    public readonly struct Summaries
    {
        private readonly MemoryCache? cache;
        private readonly RequestKey? request;

        internal Summaries(MemoryCache? cache, RequestKey? request) => (this.cache, this.request) = (request is null ? null : cache, request);

        /// <summary>
        /// The item rendered in <paramref name="mode"/>, kept; <paramref name="render"/> renders it from
        /// <paramref name="state"/> when it is not. A kept one is answered without a task or a closure.
        /// </summary>
        public ValueTask<HtmlString> GetOrRenderAsync<TState>(ContentItem item, DisplayMode mode, TState state, Func<TState, Task<HtmlString>> render)
        {
            var key = KeyOf(mode == DisplayMode.Summary ? SummaryKind : DetailKind, item);
            return cache is not null && cache.TryGetValue(key!, out HtmlString? kept)
                ? ValueTask.FromResult(kept!)
                : new(MakeAsync(cache, key, () => render(state), html => html.Value?.Length ?? 0));
        }

        /// <summary>Whether the item's summary is kept: what a list would read only to render it can then be left unread.</summary>
        public bool HoldsSummary(ContentItem item) => cache is not null && cache.TryGetValue(KeyOf(SummaryKind, item)!, out _);

        private SummaryKey? KeyOf(object kind, ContentItem item) =>
            request is null ? null : new SummaryKey(kind, request, item.VersionId, item.Revision);
    }

    internal sealed record SummaryKey(object Kind, RequestKey Request, string VersionId, int Revision);

    internal sealed record RequestKey(string Tenant, long DataVersion, long RegistryVersion, string Scheme, string Host, string PathBase,
        string Culture, string UiCulture, DateOnly Today)
    {
        // Hashed once per request, not once per summary looked up.
        private readonly int hash = HashCode.Combine(HashCode.Combine(Tenant, DataVersion, RegistryVersion, Scheme, Host, PathBase),
            Culture, UiCulture, Today);

        public override int GetHashCode() => hash;
    }
}
