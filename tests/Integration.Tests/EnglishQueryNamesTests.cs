using System.Net;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Integration.Tests;

[Collection(PortalCollection.Name)]
public sealed class EnglishQueryNamesTests(PortalHost host)
{
    [Theory]
    [InlineData("/mansikka/hankkeet?sivu=2", "/mansikka/hankkeet?page=2")]
    [InlineData("/elava-kainuu/tapahtumat?aika=menneet&sivu=3", "/elava-kainuu/tapahtumat?time=past&page=3")]
    [InlineData("/mansikka/toimijat?palvelukentta=matkailu&alue=kainuu&merkki=LuontoVoima&voimassa=true",
        "/mansikka/toimijat?field=matkailu&region=kainuu&mark=LuontoVoima&valid=true")]
    [InlineData("/mansikka/admin/sisalto?tyyppi=Page&haku=kyl%C3%A4&tila=Draft", "/mansikka/admin/sisalto?type=Page&q=kyl%C3%A4&status=Draft")]
    [InlineData("/mansikka/admin/auditointi?kayttaja=maija&toiminto=Created&alkaen=2026-01-01&asti=2026-02-01",
        "/mansikka/admin/auditointi?user=maija&action=Created&from=2026-01-01&to=2026-02-01")]
    public async Task An_old_finnish_query_name_is_sent_for_good_to_its_english_one(string old, string english)
    {
        var response = await host.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(old);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(english, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task English_query_names_are_served_as_they_are()
    {
        var response = await host.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/mansikka/hankkeet?page=2&status=ended");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
