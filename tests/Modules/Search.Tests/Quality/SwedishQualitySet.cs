namespace Verkostoportaali.Search.Tests.Quality;

/// <summary>Swedish queries over <see cref="SwedishSite"/>: definite and plural forms of words its texts hold in another form.</summary>
public static class SwedishQualitySet
{
    public static readonly IReadOnlyList<QualityPair> Pairs =
    [
        new("nätverket", "sv", null, SwedishSite.Natverk, "definite singular; text has nätverk"),
        new("nätverken", "sv", null, SwedishSite.Gemenskap, "definite plural; card keyword nätverk"),
        new("projekten", "sv", null, SwedishSite.Byar, "definite plural; text has Projektet"),
        new("tjänsterna", "sv", null, SwedishSite.Byar, "definite plural; text has tjänster"),
        new("landsbygden", "sv", null, SwedishSite.Byar, "definite singular; text has landsbygd"),
        new("byarna", "sv", null, SwedishSite.Byar, "definite plural; text has byar, by"),
        new("byn", "sv", null, SwedishSite.Gemenskap, "definite singular; text has byar"),
        new("servicen", "sv", null, SwedishSite.Byar, "definite singular of a loan word; card has Service"),
        new("kommunerna", "sv", null, SwedishSite.Natverk, "definite plural; text has kommun"),
        new("föreningen", "sv", null, SwedishSite.Foreningar, "definite singular; text has förening"),
        new("föreningarna", "sv", null, SwedishSite.Gemenskap, "definite plural; text has förening"),
        new("utvecklingen", "sv", null, SwedishSite.Natverk, "definite singular; text has utveckling"),
        new("samhörigheten", "sv", null, SwedishSite.Gemenskap, "definite singular; card keyword samhörighet"),
        new("invånarna", "sv", null, SwedishSite.Byar, "definite plural; text has invånare"),
        new("företagen", "sv", null, SwedishSite.Gemenskap, "definite plural; text has företag"),
        new("behoven", "sv", null, SwedishSite.Byar, "definite plural; text has behov"),
        new("gemenskapen", "sv", null, SwedishSite.Gemenskap, "definite singular; title has gemenskap"),
        new("erfarenheten", "sv", null, SwedishSite.Interregional, "definite singular; text has erfarenhet"),
        new("workshopen", "sv", null, SwedishSite.Natverk, "definite singular of a loan word; text has workshop"),
        new("deltagarna", "sv", null, SwedishSite.Interregional, "definite plural; text has Deltagare"),
    ];

    /// <summary>Queries Hunspell misses today, counted only in the side-by-side report: compounds missing from sv_FI.</summary>
    public static readonly IReadOnlyList<QualityPair> KnownGaps =
    [
        new("servicepunkten", "sv", null, SwedishSite.Byar, "compound not in the dictionary; text has servicepunkter"),
        new("leadergrupperna", "sv", null, SwedishSite.Interregional, "compound not in the dictionary; text has leadergrupper"),
    ];
}
