using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Core.Tests.Tenancy;

public sealed class TenantLinksTests(TestPortal portal) : IClassFixture<TestPortal>
{
    [Theory]
    [InlineData("localhost", true)]
    [InlineData("127.0.0.1", true)]
    [InlineData("[::1]", true)]
    [InlineData("evil.example", false)]
    [InlineData("portaali.fi", false)]
    public void Without_a_base_address_the_portal_answers_to_loopback_names_only(string host, bool known)
    {
        var links = new TenantLinks(portal.Registry, Options.Create(new PortalOptions()));

        Assert.Equal(known, links.IsKnownHost(host));
    }

    [Fact]
    public async Task The_base_address_a_listed_host_and_each_sites_own_host_names_are_known()
    {
        var site = await portal.Registry.AddAsync(TestPortal.NewTenant() with { UrlPrefix = null, HostNames = ["kylat.example.fi"] });
        var links = new TenantLinks(portal.Registry, Options.Create(new PortalOptions { BaseUrl = "https://portaali.fi/", AllowedHosts = ["www.portaali.fi"] }));

        Assert.True(links.IsKnownHost("portaali.fi"));
        Assert.True(links.IsKnownHost("WWW.portaali.fi"));
        Assert.True(links.IsKnownHost(site.HostNames[0]));
        Assert.False(links.IsKnownHost("localhost"));
        Assert.False(links.IsKnownHost("evil.example"));
    }

    [Fact]
    public async Task Links_start_with_the_base_address_or_the_sites_own_host_name_never_the_requests_host()
    {
        var prefixed = await portal.Registry.AddAsync(TestPortal.NewTenant());
        var hosted = await portal.Registry.AddAsync(TestPortal.NewTenant() with { UrlPrefix = null, HostNames = ["kylat2.example.fi"] });
        var links = new TenantLinks(portal.Registry, Options.Create(new PortalOptions { BaseUrl = "https://portaali.fi" }));
        var request = new DefaultHttpContext().Request;
        request.Scheme = "http";
        request.Host = new HostString("evil.example:8080");

        Assert.Equal("https://portaali.fi", links.Origin(prefixed, request));
        Assert.Equal("https://kylat2.example.fi", links.Origin(hosted, request));
    }
}
