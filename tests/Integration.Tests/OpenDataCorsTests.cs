using System.Net;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Integration.Tests;

[Collection(PortalCollection.Name)]
public sealed class OpenDataCorsTests(PortalHost host)
{
    private readonly HttpClient client = host.CreateClient();

    [Theory]
    [InlineData("/api/search?q=kylä")]
    [InlineData("/mansikka/sv/api/content")]
    [InlineData("/feeds/all.rss")]
    [InlineData("/openapi/v1.json")]
    public async Task Open_data_may_be_read_by_any_sites_scripts(string path)
    {
        var response = await GetFromAnotherSiteAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Fact]
    public async Task A_cached_answer_kept_for_a_request_without_an_origin_may_be_read_by_another_sites_script()
    {
        await client.GetAsync("/mansikka/feeds/projects.atom");
        Assert.False((await client.GetAsync("/mansikka/feeds/projects.atom")).Headers.Contains("Access-Control-Allow-Origin"));

        var response = await GetFromAnotherSiteAsync("/mansikka/feeds/projects.atom");

        Assert.NotNull(response.Headers.Age);
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Fact]
    public async Task Preflight_for_a_conditional_get_of_a_feed_is_allowed_and_other_methods_are_not()
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/mansikka/feeds/projects.atom");
        request.Headers.Add("Origin", "https://kyla.example");
        request.Headers.Add("Access-Control-Request-Method", "GET");
        request.Headers.Add("Access-Control-Request-Headers", "if-none-match");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.DoesNotContain("POST", response.Headers.GetValues("Access-Control-Allow-Methods").Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/mansikka/hankkeet")]
    [InlineData("/login")]
    public async Task Pages_are_not_opened_to_other_sites_scripts(string path)
    {
        var response = await GetFromAnotherSiteAsync(path);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private Task<HttpResponseMessage> GetFromAnotherSiteAsync(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Origin", "https://kyla.example");
        return client.SendAsync(request);
    }
}
