using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Core.Tests.Tenancy;

public sealed class ReservedSegmentsTests
{
    [Fact]
    public void First_literal_segment_of_each_route_is_reserved_in_any_case()
    {
        var reserved = Mapped("/admin/sisalto/{id}", "/api/content", "/events.ics", "/css/site.css", "/");

        Assert.All(["admin", "API", "events.ics", "css"], segment => Assert.True(reserved.Contains(segment), segment));
    }

    [Fact]
    public void Route_that_starts_with_a_parameter_reserves_nothing()
    {
        var reserved = Mapped("/{slug}", "/{name}-kartta", "/kylat/{slug}");

        Assert.False(reserved.Contains("kartta"));
        Assert.True(reserved.Contains("kylat"));
    }

    [Fact]
    public void Language_prefixes_and_the_portals_own_name_are_reserved_but_finnish_has_no_prefix()
    {
        var reserved = Mapped("/search");

        Assert.Equal(["default", "en", "search", "sv"], reserved.All.Select(s => s.ToLowerInvariant()).Order());
    }

    [Fact]
    public void Asking_before_the_endpoints_are_mapped_is_an_error_not_an_empty_answer()
    {
        var reserved = new ReservedSegments();

        Assert.Throws<InvalidOperationException>(() => reserved.Contains("admin"));
    }

    private static ReservedSegments Mapped(params string[] routes)
    {
        var reserved = new ReservedSegments();
        reserved.ReadFrom(new DefaultEndpointDataSource(routes.Select(route =>
            new RouteEndpoint(_ => Task.CompletedTask, RoutePatternFactory.Parse(route), 0, null, route))));
        return reserved;
    }
}
