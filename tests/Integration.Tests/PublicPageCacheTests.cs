using System.Net;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.ContentFields.Branding;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Settings;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Search.Indexes;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Integration.Tests;

/// <summary>
/// The output cache: an answer served from it carries an <c>Age</c> header, one made for the request does not. On a
/// portal of its own, where no other test's change to the registry makes every page's key new.
/// </summary>
public sealed class PublicPageCacheTests(CachePortal portal) : IClassFixture<CachePortal>
{
    private readonly PortalHost host = portal.Host;
    private readonly HttpClient client = portal.Host.CreateClient();

    // Published pages are indexed in the background, and the index's change is a change to the site's pages (its
    // search page shows it): the tests wait for it, so that no page's key changes between their requests.
    private async Task<ContentItem> PublishedPageAsync(Tenant site, string title, string html)
    {
        var page = await host.AddPageAsync(site, title, html, publish: true);
        await host.Services.GetRequiredService<IndexBuilder>().EnsureAsync(site, CancellationToken.None);
        return page;
    }

    [Fact]
    public async Task A_second_anonymous_request_for_a_page_is_answered_from_the_cache()
    {
        var site = await host.CreateSiteAsync();
        await PublishedPageAsync(site, "Kylätalon kevät", "<p>Talkoot</p>");

        var first = await client.GetAsync($"/{site.Name}/kylatalon-kevat");
        var second = await client.GetAsync($"/{site.Name}/kylatalon-kevat");

        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_conditional_request_for_an_unchanged_page_is_answered_not_modified()
    {
        var site = await host.CreateSiteAsync();
        var item = await PublishedPageAsync(site, "Kyläkirjasto", "<p>Lainaa</p>");
        var first = await client.GetAsync($"/{site.Name}/kylakirjasto");

        var unchanged = await ConditionalGetAsync($"/{site.Name}/kylakirjasto", first.Headers.ETag!);
        await host.InTenantAsync(site, async content =>
        {
            await content.UpdateDraftAsync(item.ContentItemId, i => i.Apply(new BodyPart("<p>Uudet aukioloajat</p>")));
            await content.PublishAsync(item.ContentItemId);
        });
        var changed = await ConditionalGetAsync($"/{site.Name}/kylakirjasto", first.Headers.ETag!);

        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Contains("Uudet aukioloajat", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> ConditionalGetAsync(string url, System.Net.Http.Headers.EntityTagHeaderValue etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(etag);
        return client.SendAsync(request);
    }

    [Fact]
    public async Task Pages_are_compressed_as_the_client_accepts_and_kept_so_per_encoding()
    {
        var site = await host.CreateSiteAsync();
        await PublishedPageAsync(site, "Kyläjuhla", "<p>Tanssit</p>");
        var url = $"/{site.Name}/kylajuhla";

        var brotli = await GetWithEncodingAsync(url, "br");
        var gzip = await GetWithEncodingAsync(url, "gzip");
        var cachedBrotli = await GetWithEncodingAsync(url, "br");
        var plain = await client.GetAsync(url);

        Assert.Equal(["br"], brotli.Content.Headers.ContentEncoding);
        Assert.Equal(["gzip"], gzip.Content.Headers.ContentEncoding);
        Assert.Equal(["br"], cachedBrotli.Content.Headers.ContentEncoding);
        Assert.NotNull(cachedBrotli.Headers.Age);
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Contains("Tanssit", await plain.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var decompressed = new System.IO.Compression.BrotliStream(await brotli.Content.ReadAsStreamAsync(),
            System.IO.Compression.CompressionMode.Decompress);
        Assert.Equal(await plain.Content.ReadAsStringAsync(), await new StreamReader(decompressed).ReadToEndAsync());
    }

    private Task<HttpResponseMessage> GetWithEncodingAsync(string url, string encoding)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.ParseAdd(encoding);
        return client.SendAsync(request);
    }

    [Fact]
    public async Task An_item_published_or_changed_is_on_its_list_and_page_at_once()
    {
        var site = await host.CreateSiteAsync();
        var item = await PublishedPageAsync(site, "Kyläilta", "<p>Tervetuloa</p>");
        var list = $"/{site.Name}/api/content?type=Page";
        await client.GetStringAsync(list);
        await client.GetStringAsync($"/{site.Name}/kylailta");
        var cached = await client.GetAsync(list);

        await host.AddPageAsync(site, "Sadonkorjuujuhla", "<p>Syksyllä</p>", publish: true);
        await host.InTenantAsync(site, async content =>
        {
            await content.UpdateDraftAsync(item.ContentItemId, i => i.Apply(new BodyPart("<p>Uusi aika</p>")));
            await content.PublishAsync(item.ContentItemId);
        });

        Assert.NotNull(cached.Headers.Age);
        Assert.Contains("Sadonkorjuujuhla", await client.GetStringAsync(list), StringComparison.Ordinal);
        Assert.Contains("Uusi aika", await client.GetStringAsync($"/{site.Name}/kylailta"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unpublished_and_removed_items_are_gone_at_once()
    {
        var site = await host.CreateSiteAsync();
        var unpublished = await host.AddPageAsync(site, "Kesäteatteri", "<p>Näytös</p>", publish: true);
        var removed = await host.AddPageAsync(site, "Venetsialaiset", "<p>Tulet</p>", publish: true);
        await client.GetStringAsync($"/{site.Name}/kesateatteri");
        await client.GetStringAsync($"/{site.Name}/venetsialaiset");

        await host.InTenantAsync(site, content => content.UnpublishAsync(unpublished.ContentItemId));
        await host.InTenantAsync(site, content => content.RemoveAsync(removed.ContentItemId));

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/{site.Name}/kesateatteri")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/{site.Name}/venetsialaiset")).StatusCode);
    }

    [Fact]
    public async Task A_change_to_the_tenant_row_reaches_its_cached_pages()
    {
        var site = await host.CreateSiteAsync();
        await host.AddPageAsync(site, "Kylätalo", "<p>Talo</p>", publish: true);
        await client.GetStringAsync($"/{site.Name}/kylatalo");
        var registry = host.Services.GetRequiredService<TenantRegistry>();

        await registry.UpdateAsync(registry.Find(site.Name)! with { DisplayName = "Uudistunut kyläyhdistys" });

        Assert.Contains("Uudistunut kyläyhdistys", await client.GetStringAsync($"/{site.Name}/kylatalo"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_logged_in_user_never_gets_a_cached_page_and_leaves_none()
    {
        var site = await host.CreateSiteAsync();
        await PublishedPageAsync(site, "Jäsenilta", "<p>Kokous</p>");
        var signedIn = await host.SignedInAsync(site.Name);

        var asUser = await signedIn.GetAsync($"/{site.Name}/jasenilta");
        var firstAnonymous = await client.GetAsync($"/{site.Name}/jasenilta");
        var asUserAgain = await signedIn.GetAsync($"/{site.Name}/jasenilta");

        Assert.Equal(HttpStatusCode.OK, asUser.StatusCode);
        Assert.Null(asUser.Headers.Age);
        Assert.Null(firstAnonymous.Headers.Age);
        Assert.Null(asUserAgain.Headers.Age);
        Assert.NotNull((await client.GetAsync($"/{site.Name}/jasenilta")).Headers.Age);
    }

    [Fact]
    public async Task A_request_with_a_sign_in_cookie_no_longer_valid_is_made_for_it_and_leaves_nothing_kept()
    {
        var site = await host.CreateSiteAsync();
        await PublishedPageAsync(site, "Syysretki", "<p>Retki</p>");
        var staleCookie = new HttpRequestMessage(HttpMethod.Get, $"/{site.Name}/syysretki");
        staleCookie.Headers.Add("Cookie", $".AspNetCore.Identity.Application.{site.Name}=vanhentunut");
        await client.GetAsync($"/{site.Name}/syysretki");

        var response = await client.SendAsync(staleCookie);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.Age);
        Assert.NotNull((await client.GetAsync($"/{site.Name}/syysretki")).Headers.Age);
    }

    [Fact]
    public async Task A_page_with_an_antiforgery_form_is_not_kept()
    {
        var site = await host.CreateSiteAsync();

        var first = await client.GetAsync($"/{site.Name}/login");
        var second = await client.GetAsync($"/{site.Name}/login");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("__RequestVerificationToken", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(second.Headers.Age);
    }
}

public sealed class PublicPageCacheOffTests(CacheOffPortal portal) : IClassFixture<CacheOffPortal>
{
    [Fact]
    public async Task With_the_cache_turned_off_every_answer_is_made_for_its_request()
    {
        var site = await portal.Host.CreateSiteAsync();
        await portal.Host.AddPageAsync(site, "Kyläkauppa", "<p>Auki</p>", publish: true);
        var client = portal.Host.CreateClient();

        await client.GetAsync($"/{site.Name}/kylakauppa");
        var second = await client.GetAsync($"/{site.Name}/kylakauppa");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Null(second.Headers.Age);
    }

    [Fact]
    public async Task A_list_shows_what_changed_beside_its_items_once_their_summaries_are_kept()
    {
        var site = await portal.Host.CreateSiteAsync();
        await portal.Host.AddPageAsync(site, "Kyläkoulu", "<p>Koulu</p>", publish: true);
        var client = portal.Host.CreateClient();
        var before = await client.GetStringAsync($"/{site.Name}/");

        await portal.Host.InTenantAsync<ContentDefinitionStore, bool>(site, async types =>
        {
            var page = (await types.FindAsync("Page"))!;
            await types.SaveAsync(page with { Label = new LocalizedText("Tiedote") });
            return true;
        });
        var after = await client.GetStringAsync($"/{site.Name}/");

        Assert.DoesNotContain("<p class=\"content-type\">Tiedote</p>", before, StringComparison.Ordinal);
        Assert.Contains("<p class=\"content-type\">Tiedote</p>", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_portal_home_lists_a_story_published_after_it_was_read()
    {
        var site = await portal.Host.CreateSiteAsync("""
            { "name": "stories", "steps": [ { "name": "Features", "enable": ["Contents", "Articles", "Search"] } ] }
            """);
        var client = portal.Host.CreateClient();
        var title = "Kyläjuhlan satoa " + site.Name;
        var before = await client.GetStringAsync("/");

        await portal.Host.InTenantAsync<ContentManager, bool>(site, async content =>
        {
            await content.CreateAsync((await content.NewAsync("Article")).Apply(new TitlePart(title)).Apply(new AutoroutePart()), publish: true);
            return true;
        });

        // The home keeps its lists until anything changes: the site's index taking the story is such a change.
        await Eventually.TrueAsync(async () => (await client.GetStringAsync("/")).Contains(title, StringComparison.Ordinal), "the story on the portal home");
        Assert.DoesNotContain(title, before, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_item_page_read_before_shows_a_new_version_and_a_withdrawal_at_once()
    {
        var site = await portal.Host.CreateSiteAsync();
        var changed = await portal.Host.AddPageAsync(site, "Kyläkirjasto", "<p>Auki maanantaisin</p>", publish: true);
        var withdrawn = await portal.Host.AddPageAsync(site, "Kesäkahvila", "<p>Kahvia</p>", publish: true);
        var client = portal.Host.CreateClient();
        var before = await client.GetStringAsync($"/{site.Name}/kylakirjasto");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/{site.Name}/kesakahvila")).StatusCode);

        await portal.Host.InTenantAsync(site, async content =>
        {
            await content.UpdateDraftAsync(changed.ContentItemId, i => i.Apply(new BodyPart("<p>Auki tiistaisin</p>")));
            await content.PublishAsync(changed.ContentItemId);
            await content.UnpublishAsync(withdrawn.ContentItemId);
        });

        var after = await client.GetStringAsync($"/{site.Name}/kylakirjasto");
        Assert.Contains("<meta name=\"description\" content=\"Auki maanantaisin\" />", before, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"description\" content=\"Auki tiistaisin\" />", after, StringComparison.Ordinal);
        Assert.Contains("<p>Auki tiistaisin</p>", after, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/{site.Name}/kesakahvila")).StatusCode);
    }

    [Fact]
    public async Task A_kept_project_page_shows_a_new_version_at_once_and_a_networks_page_is_made_for_each_address()
    {
        var site = await portal.Host.CreateSiteAsync("""{ "name": "t", "steps": [ { "name": "Features", "enable": ["Projects", "Networks"] } ] }""");
        var display = portal.Host.Services.GetRequiredService<ContentDisplay>();
        ContentItem project = null!;
        await portal.Host.InTenantAsync(site, async content =>
        {
            project = (await content.NewAsync("Project")).Apply(new TitlePart("Kylätalon remontti")).Apply(new BodyPart("<p>Katto uusitaan</p>"))
                .Apply(new AutoroutePart());
            await content.CreateAsync(project, publish: true);
            var network = (await content.NewAsync("Network")).Apply(new TitlePart("Kyläyhdistykset")).Apply(new Networks.NetworkPart())
                .Apply(new AutoroutePart());
            await content.CreateAsync(network, publish: true);
        });
        var client = portal.Host.CreateClient();
        var before = await client.GetStringAsync($"/{site.Name}/kylatalon-remontti");
        await client.GetStringAsync($"/{site.Name}/kylatalon-remontti");
        await portal.Host.InTenantAsync(site, async content =>
        {
            await content.UpdateDraftAsync(project.ContentItemId, i => i.Apply(new BodyPart("<p>Katto ja ikkunat uusitaan</p>")));
            await content.PublishAsync(project.ContentItemId);
        });
        var after = await client.GetStringAsync($"/{site.Name}/kylatalon-remontti");
        // The page after a sent request says thanks; the network's own address must still show its form.
        var thanked = await client.GetStringAsync($"/{site.Name}/kylayhdistykset?{Networks.JoinRequests.JoinForm.SentQuery}={Networks.JoinRequests.JoinForm.SentValue}");
        var plain = await client.GetStringAsync($"/{site.Name}/kylayhdistykset");

        Assert.True(display.KeepsDetail("Project"));
        Assert.False(display.KeepsDetail("Network"));
        Assert.Contains("<p>Katto uusitaan</p>", before, StringComparison.Ordinal);
        Assert.Contains("<p>Katto ja ikkunat uusitaan</p>", after, StringComparison.Ordinal);
        Assert.Contains("join-sent", thanked, StringComparison.Ordinal);
        Assert.DoesNotContain("join-sent", plain, StringComparison.Ordinal);
        Assert.Contains("join-form", plain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_list_shows_a_change_made_in_place_to_a_published_version_it_has_read()
    {
        var site = await portal.Host.CreateSiteAsync();
        var item = await portal.Host.AddPageAsync(site, "Kylätalo", "<p>Talo</p>", publish: true);
        var client = portal.Host.CreateClient();
        var list = $"/{site.Name}/api/content?type=Page";
        var before = await client.GetStringAsync(list);
        await client.GetStringAsync(list);

        // A first translation names the item's localization set on each of its versions, the published one in place.
        await portal.Host.InTenantAsync(site, content => content.LocalizationSetOfAsync(item.ContentItemId));
        var after = await client.GetStringAsync(list);

        Assert.Contains("\"localizationSet\":null", before, StringComparison.Ordinal);
        Assert.Contains($"\"localizationSet\":\"{item.ContentItemId}\"", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sites_header_footer_and_filter_form_are_made_once_for_its_pages_and_again_after_a_change()
    {
        var site = await portal.Host.CreateSiteAsync("""{ "name": "t", "steps": [ { "name": "Features", "enable": ["Projects"] } ] }""");
        // The index taking the site's content is a change to its pages: done before, so that none comes in between.
        await portal.Host.Services.GetRequiredService<IndexBuilder>().EnsureAsync(site, CancellationToken.None);
        var client = portal.Host.CreateClient();
        var parts = (MemoryCache)portal.Host.Services.GetRequiredService<CacheTagHelperMemoryCacheFactory>().Cache;
        await client.GetStringAsync($"/{site.Name}/hankkeet");
        var made = parts.Count;

        // Another address with the same header, navigation, footer and form: a programme no option has chooses none.
        var other = await client.GetStringAsync($"/{site.Name}/hankkeet?programme=Tuntematon");
        var afterOther = parts.Count;
        await portal.Host.InTenantAsync<SiteSettingsStore, bool>(site, async settings =>
        {
            await settings.SaveAsync((await settings.GetAsync<ThemeSettings>()) with { FooterContact = "Kylätie 1, Mansikkala" });
            return true;
        });
        var themed = await client.GetStringAsync($"/{site.Name}/hankkeet");
        await portal.Host.Services.GetRequiredService<TenantRegistry>().UpdateAsync(site with { DisplayName = "Mansikkalan kyläverkosto" });
        var renamed = await client.GetStringAsync($"/{site.Name}/hankkeet");

        // Only the other address's own results part (its count, items and pager) is new.
        Assert.Equal(made + 1, afterOther);
        Assert.Contains("project-filters", other, StringComparison.Ordinal);
        Assert.True(parts.Count > afterOther, $"{parts.Count} parts kept after the change, {afterOther} before it");
        Assert.Contains("Kylätie 1, Mansikkala", themed, StringComparison.Ordinal);
        Assert.Contains("<strong>Mansikkalan kyläverkosto</strong>", renamed, StringComparison.Ordinal);
        Assert.DoesNotContain(site.DisplayName, renamed, StringComparison.Ordinal);
    }
}

/// <summary>A portal set up from the portal recipe in a data folder of its own.</summary>
public class CachePortal : IAsyncLifetime
{
    private readonly string dataPath = Path.Combine(Path.GetTempPath(), "vp-cache-" + Guid.NewGuid().ToString("N"));

    protected CachePortal(IReadOnlyDictionary<string, string> settings) =>
        Host = PortalHost.OnDataFolder(dataPath, "portal", settings);

    protected CachePortal(IReadOnlyDictionary<string, string> settings, Action<IServiceCollection> services) =>
        Host = PortalHost.OnDataFolder(dataPath, "portal", settings, services);

    public CachePortal() : this(new Dictionary<string, string>())
    {
    }

    public PortalHost Host { get; }

    public Task InitializeAsync() => Host.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)Host).DisposeAsync();
}

public sealed class CacheOffPortal() : CachePortal(new Dictionary<string, string> { ["Portal:OutputCache:Enabled"] = "false" });
