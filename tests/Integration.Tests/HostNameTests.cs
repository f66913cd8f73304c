using System.Net;
using System.Text.Json;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Integration.Tests;

[Collection(PortalCollection.Name)]
public sealed class HostNameTests(PortalHost host)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/mansikka/")]
    [InlineData("/elava-kainuu/events.ics")]
    [InlineData("/api/content")]
    public async Task A_request_for_a_host_name_the_portal_does_not_have_gets_400_not_a_page_with_links_to_it(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = "evil.example";

        var response = await host.CreateClient().SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("evil.example", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calendar_links_of_a_known_host_point_at_that_host()
    {
        var feed = await host.CreateClient().GetStringAsync("/elava-kainuu/events.ics");

        Assert.Contains("URL:http://localhost/elava-kainuu/", feed, StringComparison.Ordinal);
    }
}

[Collection(PortalCollection.Name)]
public sealed class SecurityTxtTests(PortalHost host)
{
    [Fact]
    public async Task Security_txt_says_whom_to_tell_and_expires_within_a_year()
    {
        var response = await host.CreateClient().GetAsync("/.well-known/security.txt");
        var fields = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(": ", 2)).ToLookup(f => f[0], f => f[1]);

        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("mailto:", Assert.Single(fields["Contact"]), StringComparison.Ordinal);
        var expires = DateTimeOffset.Parse(Assert.Single(fields["Expires"]), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(expires, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddYears(1));
    }
}

/// <summary>Links from a portal with a public base address, asked for under another known host name.</summary>
public sealed class BaseUrlTests(BaseUrlPortal portal) : IClassFixture<BaseUrlPortal>
{
    [Fact]
    public async Task Links_to_sites_start_with_the_base_address_or_the_sites_own_host_name_on_its_scheme()
    {
        var hosted = await portal.Host.CreateSiteAsync(t => t with { UrlPrefix = null, HostNames = [$"{t.Name}.example.fi"] });

        var tenants = JsonDocument.Parse(await portal.Host.CreateClient().GetStringAsync("/api/tenants")).RootElement;

        var home = tenants.EnumerateArray().Single(t => t.GetProperty("name").GetString() == hosted.Name).GetProperty("url").GetString();
        Assert.Equal($"https://{hosted.Name}.example.fi/", home);
    }
}

public sealed class BaseUrlPortal() : CachePortal(new Dictionary<string, string>
{
    ["Portal:BaseUrl"] = "https://verkostoportaali.example",
    ["Portal:AllowedHosts:0"] = "localhost",
});
