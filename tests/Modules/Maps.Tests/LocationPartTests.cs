using System.Globalization;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Maps.Tests;

[Collection(PortalCollection.Name)]
public sealed class LocationPartTests(PortalHost host)
{
    [Theory]
    [InlineData(48.85, 24.0, "Latitude", "Sijainnin leveysaste ei ole Suomessa")]
    [InlineData(62.2, 40.0, "Longitude", "Sijainnin pituusaste ei ole Suomessa")]
    [InlineData(62.2, null, "Longitude", "Anna sekä leveys- että pituusaste tai ei kumpaakaan.")]
    public async Task Point_outside_Finland_or_half_a_point_is_refused_with_a_message(double? latitude, double? longitude, string field, string message)
    {
        var site = await TestSites.CreateAsync(host);
        // As in an editor's request in Finnish, the admin's default language.
        CultureInfo.CurrentUICulture = new CultureInfo("fi");

        var refused = await Assert.ThrowsAsync<ContentValidationException>(() =>
            host.AddAsync(site, "Provider", "Virossa", TestSites.In("helsinki"), new LocationPart(latitude, longitude)));

        var error = Assert.Single(refused.Errors);
        Assert.Equal((nameof(LocationPart), field), (error.Part, error.Field));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Point_in_Aland_is_accepted()
    {
        var site = await TestSites.CreateAsync(host);

        var item = await host.AddAsync(site, "Provider", "Maarianhaminassa", TestSites.In("maarianhamina"), new LocationPart(60.0969, 19.9348));

        Assert.Equal(new GeoPoint(60.0969, 19.9348), item.Get<LocationPart>()!.Point);
    }
}
