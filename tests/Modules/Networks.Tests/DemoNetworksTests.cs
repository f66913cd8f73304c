using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Networks.Tests;

/// <summary>The three free networks of seed 004 (Elävä Kainuu), as the demo recipe sets them up.</summary>
[Collection(PortalCollection.Name)]
public sealed class DemoNetworksTests(PortalHost host)
{
    private readonly HttpClient client = host.CreateClient();

    [Theory]
    [InlineData("Yhistykset yhessä", "Suomussalmi", "Toimia viestinviejänä/tuojana yhdistysten yhteisissä asioissa kuntaan ja muihin yhteistyötahoihin päin.",
        "2020-01-13", "Esko Seppä", "0400 536 591", "eskose60@hotmail.com")]
    [InlineData("Hyvinvointipäivä", "laaja", "Koota hyvinvointi -teemalla toimijoita, asiakkaita, yrittäjiä, luennoitsijoita jne. yhteen Suomussalmen liikuntahallilla la 24.10.2020 järjestettävään hyvinvointipäivään.",
        "2020-01-13", "Merja Karjalainen", "040 5769057", "jaanamerja@gmail.com")]
    [InlineData("Tiijätkö mitä?", "Kainuu (pl.Kajaani)", "Jokaisesta alueemme kunnasta aktivoidaan 2-3 henkilöä, jotka tiedottavat yhdistyksien työllistämisen / yhdistyksissä työllistymisen mahdollisuuksista alueellansa.",
        "2020-02-20", "Eija Kemppainen", "044 7799 483", "eija.kemppainen@4h.fi")]
    public async Task Seed_network_is_an_active_network_item_with_its_contact_person_whose_e_mail_the_api_keeps_back(
        string name, string area, string purpose, string started, string contact, string phone, string email)
    {
        var page = await client.GetFromJsonAsync<JsonElement>("/elava-kainuu/api/content?type=Network");

        var item = Assert.Single(page.GetProperty("items").EnumerateArray(), i => i.GetProperty("displayText").GetString() == name);
        var parts = item.GetProperty("parts");
        var network = parts.GetProperty("networkPart");
        Assert.Equal((area, purpose, started, "Active"), (network.GetProperty("areaOfOperation").GetString(),
            network.GetProperty("purpose").GetString(), network.GetProperty("started").GetString(), network.GetProperty("status").GetString()));
        var person = Assert.Single(parts.GetProperty("contactsPart").GetProperty("people").EnumerateArray());
        Assert.Equal((contact, phone, null),
            (person.GetProperty("name").GetString(), person.GetProperty("phone").GetString(), person.GetProperty("email").GetString()));
        var stored = await host.InTenantAsync<ContentManager, ContentItem?>(
            host.Services.GetRequiredService<TenantRegistry>().Find("elava-kainuu")!,
            content => content.GetAsync(item.GetProperty("contentItemId").GetString()!, VersionOptions.Published));
        Assert.Equal(email, Assert.Single(stored!.Get<ContactsPart>()!.People).Email);
    }

    [Fact]
    public async Task Demo_has_exactly_the_three_networks_of_the_seed()
    {
        var page = await client.GetFromJsonAsync<JsonElement>("/elava-kainuu/api/content?type=Network");

        var names = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("displayText").GetString()).Order();
        Assert.Equal(["Hyvinvointipäivä", "Tiijätkö mitä?", "Yhistykset yhessä"], names);
    }

    [Fact]
    public async Task Network_page_shows_the_facts_the_contact_and_the_join_form()
    {
        var document = new HtmlParser().ParseDocument(await client.GetStringAsync("/elava-kainuu/yhistykset-yhessa"));

        Assert.Equal("Yhistykset yhessä", document.QuerySelector("h1")!.TextContent);
        var facts = document.QuerySelector("dl.network-facts")!.TextContent;
        Assert.Contains("Suomussalmi", facts, StringComparison.Ordinal);
        Assert.Contains("13.1.2020", facts, StringComparison.Ordinal);
        Assert.Contains("Esko Seppä", document.QuerySelector(".contacts")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("#liity form.join-form"));
    }

    [Fact]
    public async Task Network_page_describes_the_network_as_a_schema_org_organization()
    {
        var html = await client.GetStringAsync("/elava-kainuu/tiijatko-mita");

        Assert.Contains("<script type=\"application/ld+json\">", html, StringComparison.Ordinal);
        var document = new HtmlParser().ParseDocument(html);
        var script = Assert.Single(document.QuerySelectorAll("script[type='application/ld+json']"));
        var json = JsonDocument.Parse(script.TextContent).RootElement;
        Assert.Equal("Organization", json.GetProperty("@type").GetString());
        Assert.Equal("Tiijätkö mitä?", json.GetProperty("name").GetString());
        Assert.StartsWith("Jokaisesta alueemme kunnasta", json.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("Kainuu (pl.Kajaani)", json.GetProperty("areaServed").GetString());
        Assert.Equal("2020-02-20", json.GetProperty("foundingDate").GetString());
        var contact = Assert.Single(json.GetProperty("contactPoint").EnumerateArray());
        Assert.Equal(("ContactPoint", "Eija Kemppainen", "044 7799 483"),
            (contact.GetProperty("@type").GetString(), contact.GetProperty("name").GetString(), contact.GetProperty("telephone").GetString()));
    }

    [Fact]
    public async Task Network_list_links_the_three_networks_as_active()
    {
        var document = new HtmlParser().ParseDocument(await client.GetStringAsync("/elava-kainuu/verkostot"));

        var active = document.QuerySelector("section[aria-labelledby=active-networks]")!;
        Assert.Equal(["Hyvinvointipäivä", "Tiijätkö mitä?", "Yhistykset yhessä"], active.QuerySelectorAll("h3 a").Select(a => a.TextContent));
        Assert.Null(document.QuerySelector("section[aria-labelledby=ended-networks]"));
    }

    [Fact]
    public async Task Site_navigation_links_the_network_list()
    {
        var document = new HtmlParser().ParseDocument(await client.GetStringAsync("/elava-kainuu/"));

        var link = document.QuerySelectorAll("nav a").Single(a => a.TextContent == "Verkostot");
        Assert.Equal("/elava-kainuu/verkostot", link.GetAttribute("href"));
    }

    [Fact]
    public async Task Wellbeing_day_network_links_its_event_from_the_events_demo()
    {
        var document = new HtmlParser().ParseDocument(await client.GetStringAsync("/elava-kainuu/hyvinvointipaiva"));

        var link = Assert.Single(document.QuerySelectorAll(".network-events a"));
        Assert.Equal("/elava-kainuu/hyvinvointipaiva-2020", link.GetAttribute("href"));
    }
}
