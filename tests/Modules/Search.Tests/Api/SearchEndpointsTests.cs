using Verkostoportaali.Testing;

namespace Verkostoportaali.Search.Tests.Api;

[Collection(PortalCollection.Name)]
public sealed class SearchEndpointsTests(PortalHost host)
{
    [Fact]
    public async Task Palvelu_finds_items_of_at_least_three_tenants_with_facet_counts()
    {
        var results = await DemoSearch.AskAsync(host, "/api/search?q=palvelu");

        Assert.True(results.Facets["tenant"].Count >= 3, string.Join(", ", results.Facets["tenant"]));
        Assert.Equal(results.Total, results.Facets["tenant"].Sum(f => f.Count));
        Assert.NotEmpty(results.Facets["contentType"]);
        Assert.Contains(results.Hits, h => h.Snippet.Contains("<mark>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Kyla_finds_the_village_service_points_project()
    {
        var results = await DemoSearch.AskAsync(host, "/api/search?q=kylä&size=50");

        Assert.Contains(results.Hits, h => h.ContentType == "Project" && h.Title.Contains("palvelupiste", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Verkosto_finds_networks_and_the_green_care_network_project()
    {
        var results = await DemoSearch.AskAsync(host, "/api/search?q=verkosto&size=50");

        Assert.Contains(results.Hits, h => h.ContentType == "Network");
        Assert.Contains(results.Hits, h => h.Tenant == "green-care-keski-suomi");
    }

    [Fact]
    public async Task Tenant_search_sees_only_its_own_tenant()
    {
        var results = await DemoSearch.AskAsync(host, "/mansikka/api/search?q=hanke&size=50");

        Assert.All(results.Hits, h => Assert.Equal("mansikka", h.Tenant));
    }
}
