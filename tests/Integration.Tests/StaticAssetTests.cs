using Verkostoportaali.Testing;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Verkostoportaali.Integration.Tests;

[Collection(PortalCollection.Name)]
public sealed class StaticAssetTests(PortalHost host)
{
    [Theory]
    [InlineData("/css/site.css")]
    [InlineData("/mansikka/css/site.css")]
    public async Task Stylesheet_reaches_a_gzip_accepting_browser_in_production(string path)
    {
        using var production = host.WithWebHostBuilder(builder => builder.UseEnvironment("Production"));
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Accept-Encoding", "gzip, deflate, br");

        var response = await production.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 500);
    }
}

[Collection(PortalCollection.Name)]
public sealed class FingerprintedAssetTests(PortalHost host)
{
    [Theory]
    [InlineData("/mansikka/", "css/site")]
    [InlineData("/mansikka/", "js/site")]
    [InlineData("/sv/", "css/site")]
    public async Task Pages_link_the_fingerprinted_file_which_is_cached_for_good(string page, string asset)
    {
        var client = host.CreateClient();
        var html = await client.GetStringAsync(page);

        var match = Regex.Match(html, $"(?:href|src)=\"[^\"]*/({asset}\\.[a-z0-9]+\\.(?:css|js))\"");
        Assert.True(match.Success, $"{page} links no fingerprinted {asset}");
        var file = match.Groups[1].Value;
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(page + file)).StatusCode);
        // Served from the build output, the files are never cached (edits show at once); the published server sends
        // the headers of the static assets' manifest, which for a fingerprinted name say cache for a year.
        Assert.Equal("max-age=31536000, immutable", CacheControlInManifest(file));
    }

    private static string? CacheControlInManifest(string route)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Verkostoportaali.Web.staticwebassets.endpoints.json")));
        return manifest.RootElement.GetProperty("Endpoints").EnumerateArray()
            .Where(e => e.GetProperty("Route").GetString() == route)
            .SelectMany(e => e.GetProperty("ResponseHeaders").EnumerateArray())
            .Where(h => h.GetProperty("Name").GetString() == "Cache-Control")
            .Select(h => h.GetProperty("Value").GetString()).FirstOrDefault();
    }
}

[Collection(PortalCollection.Name)]
public sealed class StaticAssetFallbackTests(PortalHost host)
{
    // Served from the build output, MapStaticAssets adds this fallback for files created after the build, and it
    // asked the disk on every page request; the portal has none (appsettings.json).
    [Fact]
    public void No_fallback_endpoint_looks_on_disk_for_files_missing_from_the_build_manifest()
    {
        var endpoints = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();

        Assert.DoesNotContain(endpoints, e => e.RoutePattern.RawText == "{**path:file}" && e.Order == int.MaxValue);
    }
}
