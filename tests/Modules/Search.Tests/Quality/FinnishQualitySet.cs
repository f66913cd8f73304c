namespace Verkostoportaali.Search.Tests.Quality;

/// <summary>Finnish queries over the demo content (recipes/demo), each in a form the item's text does not contain as typed.</summary>
public static class FinnishQualitySet
{
    private const string Majakka = "majakka", Mansikka = "mansikka", Saarijarvi = "saarijarvi";
    private const string GreenCare = "green-care-keski-suomi", Kainuu = "elava-kainuu";
    private const string Kylat = "majakka-21673", Osallisuus = "mansikka-145432", Palveleva = "saarijarvi-67867";
    private const string LuontoVoimaa = "gcks-luontovoimaa", Teemapaivat = "gcks-teemapaivat-2021";
    private const string VapaatVerkostot = "elava-kainuu-vapaat-verkostot", Hyvinvointipaiva = "elava-kainuu-hyvinvointipaiva-2020";
    private const string Yhistykset = "elava-kainuu-verkosto-1", HyvinvointiVerkosto = "elava-kainuu-verkosto-2", Tiijatko = "elava-kainuu-verkosto-3";

    public static readonly IReadOnlyList<QualityPair> Pairs =
    [
        new("kylä", "fi", Majakka, Kylat, "base form; text has the plural genitive kylien"),
        new("kylissä", "fi", Majakka, Kylat, "plural inessive; text has kyliin, kylien"),
        new("kylät", "fi", Saarijarvi, Palveleva, "plural nominative; text has the illative kylään"),
        new("palvelu", "fi", GreenCare, LuontoVoimaa, "compound part: luontopalveluihin"),
        new("palvelupiste", "fi", Majakka, Kylat, "compound part of monipalvelupisteitä"),
        new("monipalvelupiste", "fi", Majakka, Kylat, "singular of the partitive plural monipalvelupisteitä"),
        new("hanke", "fi", Kainuu, VapaatVerkostot, "consonant gradation: hankkeessa, hankkeen"),
        new("hankkeiden", "fi", Mansikka, Osallisuus, "gradation in the plural genitive; text has Hanke"),
        new("yhteistyö", "fi", Saarijarvi, Palveleva, "base form of the partitive yhteistyötä"),
        new("yhteistyössä", "fi", Majakka, Kylat, "inessive; text has the essive yhteistyönä"),
        new("kunnat", "fi", Kainuu, VapaatVerkostot, "gradation nt→nn; text has kuntien"),
        new("kunnittain", "fi", Kainuu, VapaatVerkostot, "derived adverb in gradated form, as written"),
        new("verkostojen", "fi", Kainuu, VapaatVerkostot, "plural genitive; text has verkostoja, verkostot"),
        // Not "verkosto" any more: the site's example providers and theme days say verkoston outright, and rightly rank
        // above an item that has the word only inside compounds. Compound parts are asked by "luonto" and "hyvinvointi".
        new("virtuaaliverkosto", "fi", GreenCare, Teemapaivat, "compound as written; the e-publication has the genitive"),
        new("ammattiverkosto", "fi", GreenCare, LuontoVoimaa, "base form of the genitive ammattiverkoston"),
        new("luonto", "fi", GreenCare, LuontoVoimaa, "first compound part: luontopalveluihin"),
        new("luontopalvelu", "fi", GreenCare, Teemapaivat, "base form of the partitive plural luontopalveluita"),
        new("hyvinvointi", "fi", Kainuu, Hyvinvointipaiva, "compound part: hyvinvointipäivään"),
        new("hyvinvointipäivä", "fi", Kainuu, HyvinvointiVerkosto, "illative with ä-harmony: hyvinvointipäivään"),
        new("teemapäivä", "fi", GreenCare, Teemapaivat, "plural and partitive: teemapäivät, teemapäivää"),
        new("osallisuus", "fi", Mansikka, Osallisuus, "s-stem: osallisuuden"),
        new("osallisuudesta", "fi", Majakka, Kylat, "elative of an s-stem; text has the partitive osallisuutta"),
        new("asukas", "fi", Mansikka, Osallisuus, "gradation k→kk: asukkaiden, asukkaat"),
        new("yhdistys", "fi", Kainuu, Yhistykset, "s-stem genitive plural: yhdistysten"),
        new("yhdistyksiä", "fi", Kainuu, Tiijatko, "partitive plural; text has yhdistyksien, yhdistyksissä"),
        new("työllistyminen", "fi", Kainuu, Tiijatko, "derived noun: työllistymisen"),
        new("järjestö", "fi", Majakka, Kylat, "plural genitive: järjestöjen"),
        new("maaseutu", "fi", Mansikka, Osallisuus, "gradation t→d: maaseudun"),
        new("maaseudulla", "fi", Majakka, Kylat, "adessive; text has maaseudun"),
        new("toimija", "fi", GreenCare, LuontoVoimaa, "plural genitive: toimijoiden"),
        new("toimijat", "fi", Kainuu, VapaatVerkostot, "plural nominative; text has toimijoille"),
        new("kumppanuuksia", "fi", Saarijarvi, Palveleva, "plural partitive of an s-stem; text has Kumppanuus"),
        new("tarve", "fi", Mansikka, Osallisuus, "e-stem with gradation: tarpeisiin"),
        new("palvelutarve", "fi", Saarijarvi, Palveleva, "compound e-stem: palvelutarpeista"),
        new("kehittäminen", "fi", Kainuu, VapaatVerkostot, "derived noun: kehittämiseen"),
        new("kehittämishankkeet", "fi", Majakka, Kylat, "compound plural with gradation; text has kehittämishanke"),
        new("ratkaisu", "fi", Mansikka, Osallisuus, "plural partitive: ratkaisuja"),
        new("yritys", "fi", Saarijarvi, Palveleva, "s-stem plural partitive: yrityksiä"),
        new("yrittäjä", "fi", GreenCare, Teemapaivat, "compound part: yrittäjätarinoita"),
        new("opintomatkoja", "fi", Kainuu, VapaatVerkostot, "plural partitive; text has opintomatka"),
        new("työpaja", "fi", Kainuu, VapaatVerkostot, "gradation pp→p: työpajoissa, työpajat"),
        new("keskisuomalainen", "fi", GreenCare, Teemapaivat, "nen-adjective, plural genitive: keskisuomalaisten"),
        new("vapaaehtoistyö", "fi", Saarijarvi, Palveleva, "compound inessive: vapaaehtoistyössä"),
        new("terveys", "fi", Mansikka, Osallisuus, "s-stem: terveyden"),
        new("viestintä", "fi", Majakka, Kylat, "partitive: viestintää"),
        new("liikuntahalli", "fi", Kainuu, Hyvinvointipaiva, "adessive: liikuntahallilla"),
        new("turvallisuus", "fi", Majakka, Kylat, "partitive: turvallisuutta"),
        new("elämänkaari", "fi", Majakka, Kylat, "genitive attribute compound as written apart: elämänkaaren"),
        new("Kainuun", "fi", Kainuu, Tiijatko, "genitive of a place name; text has Kainuu"),
        new("Suomussalmella", "fi", Kainuu, HyvinvointiVerkosto, "adessive of a place name; text has Suomussalmen"),
        new("yhteisöjen", "fi", Saarijarvi, Palveleva, "plural genitive; text has yhteisö"),
        new("palveluverkosto", "fi", Saarijarvi, Palveleva, "compound plural partitive: palveluverkostoja"),
        new("laatupohja", "fi", GreenCare, LuontoVoimaa, "compound genitive: laatupohjan"),
    ];

    /// <summary>
    /// Queries our analysis misses today, kept out of <see cref="Pairs"/> (which must all pass) but counted in the
    /// side-by-side report so its rates are not flattered: a query compound does not match a longer compound holding it.
    /// </summary>
    public static readonly IReadOnlyList<QualityPair> KnownGaps =
    [
        new("elinkaari", "fi", Majakka, Kylat, "compound inside a longer compound: elinkaariryhmissä"),
        new("metsätalous", "fi", GreenCare, LuontoVoimaa, "compound inside a longer compound: metsätalousaloilta"),
    ];
}
