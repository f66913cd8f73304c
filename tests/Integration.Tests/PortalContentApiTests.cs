using System.Net;
using System.Net.Http.Json;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Integration.Tests;

/// <summary>The portal's <c>/api/content</c>: every listed demo site's published items, from the search indexes.</summary>
[Collection(PortalCollection.Name)]
public sealed class PortalContentApiTests(PortalHost host) : IAsyncLifetime
{
    private readonly HttpClient client = host.CreateClient();

    public Task InitializeAsync() => DemoSearchIndexes.WhenBuiltAsync(host.Services);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Portal_lists_items_of_several_sites_with_stable_ids_and_full_addresses()
    {
        var page = await ListAsync("/api/content?size=100");

        Assert.True(page.Items.Select(i => i.Tenant).Distinct().Count() >= 2);
        Assert.All(page.Items, item =>
        {
            Assert.Equal($"{item.Tenant}/{item.ContentItemId}", item.Id);
            // Each site's own origin: the test host's, or a site's host name.
            Assert.True(Uri.TryCreate(item.Url, UriKind.Absolute, out var url) && url.Scheme == "http" && url.AbsolutePath.Length > 1, item.Url);
            Assert.NotNull(item.PublishedUtc);
        });
        Assert.Equal(page.Items.Count, page.Items.Select(i => i.Id).Distinct().Count());
    }

    [Fact]
    public async Task Type_and_region_filter_the_list()
    {
        var all = await ListAsync("/api/content?size=100");
        var events = await ListAsync("/api/content?type=Event&size=100");
        var kainuu = await ListAsync("/api/content?size=100&region=kainuu");
        var nowhere = await ListAsync("/api/content?region=no-such-region");

        Assert.NotEmpty(events.Items);
        Assert.All(events.Items, item => Assert.Equal("Event", item.ContentType));
        Assert.NotEmpty(kainuu.Items);
        Assert.True(kainuu.Total < all.Total);
        Assert.Empty(nowhere.Items);
    }

    [Fact]
    public async Task Dates_filter_events_by_their_days()
    {
        var events = await ListAsync("/api/content?type=Event&size=100");
        var fromLongAgo = await ListAsync("/api/content?type=Event&size=100&from=1900-01-01");
        var inTheFarFuture = await ListAsync("/api/content?type=Event&from=2990-01-01&to=2990-12-31");

        Assert.Equal(events.Items.Select(i => i.Id).Order(), fromLongAgo.Items.Select(i => i.Id).Order());
        Assert.Empty(inTheFarFuture.Items);
    }

    [Fact]
    public async Task Pages_follow_one_another_without_repeating_an_item()
    {
        var firstFour = await ListAsync("/api/content?size=4");
        var first = await ListAsync("/api/content?size=2&page=1");
        var second = await ListAsync("/api/content?size=2&page=2");
        var beyond = await ListAsync("/api/content?size=100&page=1000");

        Assert.Equal(firstFour.Items.Select(i => i.Id), first.Items.Concat(second.Items).Select(i => i.Id));
        Assert.Equal(firstFour.Total, second.Total);
        Assert.Empty(beyond.Items);
    }

    [Theory]
    [InlineData("/mansikka/api/content?region=kainuu")]
    [InlineData("/api/content?from=yesterday")]
    [InlineData("/api/content?size=0")]
    public async Task Bad_or_site_level_filters_are_a_client_error(string path)
    {
        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Portal_list_is_open_to_other_sites_and_answers_304_to_its_etag()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/content?type=Project");
        request.Headers.Add("Origin", "https://kyla.example");

        var first = await client.SendAsync(request);
        var conditional = await ConditionalAsync(first.Headers.ETag!);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("*", Assert.Single(first.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Equal(HttpStatusCode.NotModified, conditional.StatusCode);
    }

    // The portal's list changes with every site's data, which other tests' sites (still being indexed) may change
    // between two requests; a 200 with another ETag is such a change, so the question is asked again with the new one.
    private async Task<HttpResponseMessage> ConditionalAsync(System.Net.Http.Headers.EntityTagHeaderValue etag)
    {
        for (var attempt = 1; ; attempt++)
        {
            var again = new HttpRequestMessage(HttpMethod.Get, "/api/content?type=Project");
            again.Headers.IfNoneMatch.Add(etag);
            var answer = await client.SendAsync(again);
            if (answer.StatusCode != HttpStatusCode.OK || Equals(answer.Headers.ETag, etag) || attempt == 10)
            {
                return answer;
            }
            etag = answer.Headers.ETag!;
        }
    }

    [Fact]
    public async Task Site_items_have_the_same_shape_with_an_image_address_instead_of_a_media_id()
    {
        var site = await ListAsync("/mansikka/api/content?type=Project&size=100");
        var text = await client.GetStringAsync("/mansikka/api/content?type=Project&size=100");

        Assert.NotEmpty(site.Items);
        Assert.All(site.Items, item => Assert.Equal($"mansikka/{item.ContentItemId}", item.Id));
        Assert.DoesNotContain("mediaId", text, StringComparison.OrdinalIgnoreCase);
    }

    private async Task<PortalPage> ListAsync(string path) => (await client.GetFromJsonAsync<PortalPage>(path))!;

    private sealed record PortalPage(int Total, int Page, int Size, IReadOnlyList<PortalItem> Items);

    private sealed record PortalItem(string Id, string Tenant, string ContentItemId, string ContentType, string DisplayText, string Url,
        string Culture, DateTime? PublishedUtc, DateTime ModifiedUtc, string? Summary, string? ImageUrl);
}
