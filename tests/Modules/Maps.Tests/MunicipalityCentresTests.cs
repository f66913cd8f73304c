using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Maps.Tests;

[Collection(PortalCollection.Name)]
public sealed class MunicipalityCentresTests(PortalHost host)
{
    private readonly MunicipalityCentres centres = host.Services.GetRequiredService<MunicipalityCentres>();

    [Fact]
    public async Task Every_municipality_of_a_site_has_a_centre_in_Finland()
    {
        var site = await TestSites.CreateAsync(host);

        var terms = await host.InTenantAsync<Taxonomies.Vocabularies, IReadOnlyList<Taxonomies.Term>>(site, v => v.TermsAsync("municipalities"));

        Assert.True(terms.Count > 300, $"{terms.Count} municipalities");
        Assert.All(terms, t => Assert.True(centres.Find(t.Id) is { } m && GeoBounds.Finland.Contains(m.Centre) && m.Region == t.Parent, t.Id));
    }

    [Theory]
    [InlineData("helsinki", 60.17, 24.94)]
    [InlineData("oulu", 65.01, 25.47)]
    [InlineData("saarijarvi", 62.71, 25.26)]
    [InlineData("kajaani", 64.23, 27.73)]
    [InlineData("maarianhamina", 60.10, 19.93)]
    [InlineData("utsjoki", 69.91, 27.03)]
    public void Centre_is_within_a_few_kilometres_of_the_town_hall(string id, double latitude, double longitude)
    {
        var centre = centres.Find(id)!.Centre;

        Assert.InRange(centre.Latitude, latitude - 0.03, latitude + 0.03);
        Assert.InRange(centre.Longitude, longitude - 0.05, longitude + 0.05);
    }
}
