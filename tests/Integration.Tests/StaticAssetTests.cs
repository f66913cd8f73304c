using Verkostoportaali.Testing;
using System.Net;
using Microsoft.AspNetCore.Hosting;

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
