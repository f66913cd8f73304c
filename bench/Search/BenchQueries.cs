namespace Verkostoportaali.Bench.Search;

/// <summary>
/// What visitors type: base forms that must find inflected and compound words, a few inflected forms, pairs and a
/// phrase, and the names of places and compounds that only some sites' pages hold.
/// </summary>
public static class BenchQueries
{
    public static readonly IReadOnlyList<string> All =
    [
        "kylä", "palvelu", "hanke", "verkosto", "kehittäminen", "hyvinvointi", "maaseutu", "osallisuus", "yhdistys",
        "toimintamalli", "yritys", "kunta", "asukas", "luonto", "vapaaehtoinen", "hankkeen", "kylien", "palveluja",
        "kylien palvelut", "hyvinvoinnin palvelut", "maaseudun kehittäminen", "leader", "green care", "monipalvelupiste",
        "\"paikallisen kehittämisen\"", "nuoret", "tapahtuma", "yhteistyö", "rahoitus", "ely-keskus",
        "kuopio", "sotkamo", "rovaniemi", "kajaani", "porvoo", "matkailu", "hevonen", "saaristo", "kirjasto", "museo",
    ];
}
