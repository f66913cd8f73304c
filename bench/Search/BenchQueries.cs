namespace Verkostoportaali.Bench.Search;

/// <summary>What visitors type: base forms that must find inflected and compound words, a few inflected forms, pairs and a phrase.</summary>
public static class BenchQueries
{
    public static readonly IReadOnlyList<string> All =
    [
        "kylä", "palvelu", "hanke", "verkosto", "kehittäminen", "hyvinvointi", "maaseutu", "osallisuus", "yhdistys",
        "toimintamalli", "yritys", "kunta", "asukas", "luonto", "vapaaehtoinen", "hankkeen", "kylien", "palveluja",
        "kylien palvelut", "hyvinvoinnin palvelut", "maaseudun kehittäminen", "leader", "green care", "monipalvelupiste",
        "\"paikallisen kehittämisen\"", "nuoret", "tapahtuma", "yhteistyö", "rahoitus", "ely-keskus",
    ];
}
