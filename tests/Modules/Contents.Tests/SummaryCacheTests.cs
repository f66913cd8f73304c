using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Verkostoportaali.Core;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Data;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Contents.Tests;

public sealed class SummaryCacheTests : IDisposable
{
    private static readonly Tenant Site = new() { Name = "kylat", UrlPrefix = "kylat" };

    private readonly TenantChanges changes = new();
    private readonly FakeClock clock = new(new DateTimeOffset(2027, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly CultureInfo culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo uiCulture = CultureInfo.CurrentUICulture;
    private int renders;

    private SummaryCache Cache(int megabytes = 1) =>
        new(Options.Create(new SummaryCacheOptions { Megabytes = megabytes }), changes, new FinnishCalendar(clock));

    private static ContentItem Item(string versionId = "v1") =>
        new() { ContentItemId = "item1", VersionId = versionId, ContentType = "Project", DisplayText = "Kylätalo" };

    private static DefaultHttpContext Request(string pathBase = "/kylat", string host = "portaali.example")
    {
        var http = new DefaultHttpContext();
        http.Features.Set(Site);
        http.Request.PathBase = pathBase;
        http.Request.Host = new HostString(host);
        return http;
    }

    private ValueTask<HtmlString> ShowAsync(SummaryCache cache, ContentItem item, HttpContext http) =>
        cache.For(http).GetOrRenderAsync(item, DisplayMode.Summary, "article", Render);

    private ValueTask<HtmlString> ShowDetailAsync(SummaryCache cache, ContentItem item, HttpContext http) =>
        cache.For(http).GetOrRenderAsync(item, DisplayMode.Detail, "main", Render);

    private Task<HtmlString> Render(string element) => Task.FromResult(new HtmlString($"<{element}>{++renders}</{element}>"));

    [Fact]
    public async Task A_summary_is_rendered_once_for_the_pages_that_see_the_same_data()
    {
        using var cache = Cache();

        var first = await ShowAsync(cache, Item(), Request());
        var second = await ShowAsync(cache, Item(), Request());

        Assert.Equal(1, renders);
        Assert.Equal(first.Value, second.Value);
    }

    [Fact]
    public async Task A_change_to_the_site_or_the_registry_renders_the_summary_again()
    {
        using var cache = Cache();

        await ShowAsync(cache, Item(), Request());
        changes.TenantChanged(Site.Name);
        await ShowAsync(cache, Item(), Request());
        changes.RegistryChanged();
        var shown = await ShowAsync(cache, Item(), Request());

        Assert.Equal(3, renders);
        Assert.Equal("<article>3</article>", shown.Value);
    }

    [Fact]
    public async Task A_change_to_another_site_keeps_the_summary()
    {
        using var cache = Cache();

        await ShowAsync(cache, Item(), Request());
        changes.TenantChanged("naapuri");
        await ShowAsync(cache, Item(), Request());

        Assert.Equal(1, renders);
    }

    [Fact]
    public async Task Each_version_address_language_and_day_has_a_summary_of_its_own()
    {
        using var cache = Cache();

        await ShowAsync(cache, Item(), Request());
        await ShowAsync(cache, Item("v2"), Request());
        await ShowAsync(cache, Item(), Request("/sv/kylat"));
        await ShowAsync(cache, Item(), Request(host: "kylat.example"));
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("sv-FI");
        await ShowAsync(cache, Item(), Request());
        clock.Now += TimeSpan.FromDays(1);
        await ShowAsync(cache, Item(), Request());

        Assert.Equal(6, renders);
    }

    [Fact]
    public async Task Values_of_another_kind_made_of_the_same_item_are_kept_apart()
    {
        using var cache = Cache();

        var summary = await ShowAsync(cache, Item(), Request());
        var json = await cache.GetOrMakeAsync(Item(), Request(), () => Task.FromResult($"{{\"renders\":{++renders}}}"), text => text.Length);
        var jsonAgain = await cache.GetOrMakeAsync(Item(), Request(), () => Task.FromResult($"{{\"renders\":{++renders}}}"), text => text.Length);
        var summaryAgain = await ShowAsync(cache, Item(), Request());

        Assert.Equal("<article>1</article>", summary.Value);
        Assert.Equal(summary.Value, summaryAgain.Value);
        Assert.Equal("{\"renders\":2}", json);
        Assert.Same(json, jsonAgain);
    }

    [Fact]
    public async Task An_items_detail_is_kept_apart_from_its_summary()
    {
        using var cache = Cache();

        var summary = await ShowAsync(cache, Item(), Request());
        var detail = await ShowDetailAsync(cache, Item(), Request());
        var detailAgain = await ShowDetailAsync(cache, Item(), Request());

        Assert.Equal("<article>1</article>", summary.Value);
        Assert.Equal("<main>2</main>", detail.Value);
        Assert.Equal(detail.Value, detailAgain.Value);
    }

    [Fact]
    public async Task A_request_that_commits_a_change_renders_its_later_summaries_again()
    {
        using var cache = Cache();
        var http = Request();

        await ShowAsync(cache, Item(), http);
        await ShowAsync(cache, Item(), http);
        changes.TenantChanged(Site.Name);
        var shown = await ShowAsync(cache, Item(), http);

        Assert.Equal(2, renders);
        Assert.Equal("<article>2</article>", shown.Value);
    }

    [Fact]
    public async Task With_no_memory_allowed_every_summary_is_rendered()
    {
        using var cache = Cache(megabytes: 0);

        await ShowAsync(cache, Item(), Request());
        await ShowAsync(cache, Item(), Request());

        Assert.Equal(2, renders);
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = uiCulture;
    }
}
