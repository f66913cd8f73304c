using Verkostoportaali.Contents.Import;

namespace Verkostoportaali.Contents.Tests.Import;

public sealed class BrokenDashesTests
{
    [Theory]
    [InlineData("Palveleva yhteisö 2020 ¿hanke lisää", "Palveleva yhteisö 2020 -hanke lisää", 1)]
    [InlineData("Palveleva yhteisö 2020 ¿ hanke toteutetaan", "Palveleva yhteisö 2020 – hanke toteutetaan", 1)]
    [InlineData("1.6.2018¿31.5.2019 ja sosiaali¿ ja terveysala", "1.6.2018–31.5.2019 ja sosiaali- ja terveysala", 2)]
    [InlineData("Green¿Care", "Green-Care", 1)]
    [InlineData("¿Qué? ei mitään korjattavaa", "¿Qué? ei mitään korjattavaa", 0)]
    public void Lost_dash_is_read_by_its_context(string text, string repaired, int count)
    {
        var result = BrokenDashes.Repair(text);

        Assert.Equal((repaired, count), result);
    }
}
