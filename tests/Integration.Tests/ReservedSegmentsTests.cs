using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Integration.Tests;

/// <summary>The first path segments the whole portal, every module mapped, keeps for itself.</summary>
[Collection(PortalCollection.Name)]
public sealed class ReservedSegmentsTests(PortalHost host)
{
    [Theory]
    [InlineData("admin")]
    [InlineData("api")]
    [InlineData("search")]
    [InlineData("login")]
    [InlineData("logout")]
    [InlineData("health")]
    [InlineData("error")]
    [InlineData("hankkeet")]
    [InlineData("tapahtumat")]
    [InlineData("events.ics")]
    [InlineData("feeds")]
    [InlineData("sitemap.xml")]
    [InlineData("robots.txt")]
    [InlineData("manifest.webmanifest")]
    [InlineData("verkostot")]
    [InlineData("toimijat")]
    [InlineData("artikkelit")]
    [InlineData("css")]
    [InlineData("_content")]
    [InlineData("media")]
    [InlineData("sv")]
    [InlineData("en")]
    public void Segment_the_portal_serves_at_its_root_is_reserved(string segment)
    {
        var reserved = host.Services.GetRequiredService<ReservedSegments>();

        Assert.True(reserved.Contains(segment));
    }

    [Theory]
    [InlineData("fi")]
    [InlineData("haku")]
    [InlineData("sok")]
    [InlineData("projects")]
    [InlineData("natverk")]
    [InlineData("events")]
    [InlineData("account")]
    [InlineData("not-found")]
    [InlineData("sites")]
    public void Segment_no_route_serves_is_free_though_the_hand_kept_list_named_it(string segment)
    {
        var reserved = host.Services.GetRequiredService<ReservedSegments>();

        Assert.False(reserved.Contains(segment));
    }
}
