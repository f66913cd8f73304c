using Verkostoportaali.Contents;
using Verkostoportaali.Networks.Import;

namespace Verkostoportaali.Networks.Tests.Import;

public sealed class NetworkListingReaderTests
{
    public static string Seed004 => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "004_fb2ed6bd087a104a.txt"));

    [Fact]
    public void Seed_004_lists_three_networks_with_every_field_and_contact()
    {
        var networks = NetworkListingReader.ReadAll(Seed004);

        Assert.Equal(["Yhistykset yhessä", "Hyvinvointipäivä", "Tiijätkö mitä?"], networks.Select(n => n.Name));
        Assert.Equal([7, 14, 21], networks.Select(n => n.Line));
        Assert.All(networks, n => Assert.Equal("fi", n.Culture));
        Assert.All(networks, n => Assert.Empty(n.Warnings));
        Assert.Equivalent(new NetworkPart
        {
            AreaOfOperation = "Suomussalmi",
            Purpose = "Toimia viestinviejänä/tuojana yhdistysten yhteisissä asioissa kuntaan ja muihin yhteistyötahoihin päin.",
            Started = new DateOnly(2020, 1, 13),
        }, networks[0].Network, strict: true);
        Assert.Equal(new ContactPerson("Esko Seppä", Phone: "0400 536 591", Email: "eskose60@hotmail.com"), networks[0].Contact);
        Assert.Equal(("laaja", new DateOnly(2020, 1, 13)), (networks[1].Network.AreaOfOperation, networks[1].Network.Started));
        Assert.Equal(new ContactPerson("Merja Karjalainen", Phone: "040 5769057", Email: "jaanamerja@gmail.com"), networks[1].Contact);
        Assert.Equal(("Kainuu (pl.Kajaani)", new DateOnly(2020, 2, 20)), (networks[2].Network.AreaOfOperation, networks[2].Network.Started));
        Assert.StartsWith("Jokaisesta alueemme kunnasta aktivoidaan 2-3 henkilöä", networks[2].Network.Purpose, StringComparison.Ordinal);
        Assert.Equal(new ContactPerson("Eija Kemppainen", Phone: "044 7799 483", Email: "eija.kemppainen@4h.fi"), networks[2].Contact);
    }

    [Fact]
    public void Swedish_listing_lists_its_networks_as_swedish_with_every_field_and_contact()
    {
        var listing = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "fria-natverk-sv.txt"));

        var networks = NetworkListingReader.ReadAll(listing);

        Assert.Equal(["Föreningar tillsammans", "Byarnas kulturdag"], networks.Select(n => n.Name));
        Assert.All(networks, n => Assert.Equal(("sv", 0), (n.Culture, n.Warnings.Count)));
        Assert.Equivalent(new NetworkPart
        {
            AreaOfOperation = "Kristinestad",
            Purpose = "Att föra fram föreningarnas gemensamma frågor till kommunen och till andra samarbetspartner.",
            Started = new DateOnly(2020, 1, 13),
        }, networks[0].Network, strict: true);
        Assert.Equal(new ContactPerson("Anna Lindqvist", Phone: "040 123 4567", Email: "anna.lindqvist@example.fi"), networks[0].Contact);
        Assert.Equal(("hela regionen", new DateOnly(2020, 2, 20)), (networks[1].Network.AreaOfOperation, networks[1].Network.Started));
        Assert.EndsWith("kulturdag i byarna\nunder hösten 2020.", networks[1].Network.Purpose, StringComparison.Ordinal);
        Assert.Equal(new ContactPerson("Johan Berg", Role: "sekreterare", Phone: "050 765 4321", Email: "johan.berg@example.fi"), networks[1].Contact);
    }

    [Fact]
    public void Language_comes_from_the_text_not_the_labels()
    {
        var text = """
            Nätverkets namn: Kyläkoulut
            Syfte: Pitää kyläkoulut auki ja kylät elävinä yhdessä vanhempien kanssa.

            Verkoston nimi: Byskolor
            Tarkoitus: Att hålla byskolorna öppna och byarna levande tillsammans med föräldrarna.

            Verkoston nimi: Kuhmo
            """;

        var networks = NetworkListingReader.ReadAll(text);

        Assert.Equal(["fi", "sv", "fi"], networks.Select(n => n.Culture));
    }

    [Fact]
    public void Wrapped_purpose_continues_and_an_unknown_label_or_a_bad_date_is_a_warning()
    {
        var text = """
            Verkoston nimi: Kyläkoulut
            Tarkoitus: Pitää kyläkoulut auki
            ja kylät elävinä.
            Kotisivu: www.example.fi
            Toiminta alkanut: keväällä 2021
            Yhteyshenkilö: Liisa Laine, sihteeri, puh. 040 123 4567
            """;

        var network = Assert.Single(NetworkListingReader.ReadAll(text));

        Assert.Equal("Pitää kyläkoulut auki\nja kylät elävinä.", network.Network.Purpose);
        Assert.Null(network.Network.Started);
        Assert.Equal(new ContactPerson("Liisa Laine", Role: "sihteeri", Phone: "040 123 4567"), network.Contact);
        Assert.Equal(["Line 4: Unknown label in \"Kotisivu: www.example.fi\"; the line was not imported.",
            "Line 5: \"keväällä 2021\" is not a date (dd.mm.yyyy); the date was left empty."], network.Warnings.Select(w => w.Format()));
    }

    [Fact]
    public void Text_without_a_network_name_lists_no_network()
    {
        var card = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "001_059ec08fc9ddb978.txt"));

        Assert.Empty(NetworkListingReader.ReadAll(card));
    }
}
