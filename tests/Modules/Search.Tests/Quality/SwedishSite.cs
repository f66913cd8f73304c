using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Search.Tests.Quality;

/// <summary>
/// A Leader group's site with Swedish items (culture "sv"): the demo's items are all Finnish, so its Swedish
/// index is empty. The cards reuse the Swedish register values of seeds 002 and 003; the texts are written for the test.
/// </summary>
public static class SwedishSite
{
    public const string Byar = "sv-byarnas-servicepunkter", Gemenskap = "sv-tjanande-gemenskap", Natverk = "sv-fria-natverk";
    public const string Foreningar = "sv-foreningarna-tillsammans", Interregional = "sv-landsbygdsnatverk";

    private const string Recipe = """
        { "name": "quality-sv", "steps": [
          { "name": "Recipes", "run": ["leader-group"] },
          { "name": "Content", "items": [
            { "contentItemId": "sv-byarnas-servicepunkter", "contentType": "Project", "culture": "sv", "parts": {
                "TitlePart": { "title": "Byarnas välfärdsservicepunkter" },
                "RegisterCardPart": { "projectNumber": "21673", "name": "Byarnas välfärdsservicepunkter",
                  "implementingOrganisation": "Pohjoisen yhteisöjen tuki - Majakka ry", "startDate": "2016-09-01", "endDate": "2019-06-27",
                  "statedStatus": "Avslutat",
                  "publicDescription": "Projektet utvecklar servicepunkter i byar tillsammans med organisationer, kommuner och företag. Målet är att tjänster ska finnas nära invånare på landsbygd, att ensamhet minskar och att säkerhet i vardag ökar. I varje by kartläggs behov innan en servicepunkt öppnas.",
                  "programme": "Manner-Suomen maaseudun kehittämisohjelma 2014 - 2020", "isLeader": true,
                  "measure": "Utvecklingsprojekt", "subMeasure": "7.4 Service på landsbygden",
                  "measureType": "Service på landsbygden och utveckling av byar", "measureSpecifier": "Landsbygdsservice, utveckling",
                  "scope": "Lokal/Regional", "cardCulture": "sv" },
                "AutoroutePart": {} } },
            { "contentItemId": "sv-tjanande-gemenskap", "contentType": "Project", "culture": "sv", "parts": {
                "TitlePart": { "title": "Tjänande gemenskap 2020" },
                "RegisterCardPart": { "projectNumber": "67867", "name": "Tjänande gemenskap 2020",
                  "implementingOrganisation": "Saarijärven kaupunki", "startDate": "2018-05-31", "endDate": "2020-06-23",
                  "statedStatus": "Avslutat",
                  "publicDescription": "Frivilliga ser ofta ett behov av hjälp som ingen tar hand om. Projektet prövar en modell där ett sådant behov förs vidare till ett företag eller en anställd. Samarbete mellan sektor och förening ska ge nya servicenätverk och stärka samhörighet i stadens tjugo byar.",
                  "programme": "Manner-Suomen maaseudun kehittämisohjelma 2014 - 2020", "isLeader": false,
                  "measure": "Utvecklingsprojekt", "subMeasure": "7.4 Service på landsbygden",
                  "measureType": "Service på landsbygden och utveckling av byar", "measureSpecifier": "Landsbygdsservice, utveckling",
                  "scope": "Lokal/Regional", "keywords": ["nätverk", "samhörighet"], "cardCulture": "sv" },
                "AutoroutePart": {} } },
            { "contentItemId": "sv-landsbygdsnatverk", "contentType": "Project", "culture": "sv", "parts": {
                "TitlePart": { "title": "Leadergruppernas samarbete över regiongränsen" },
                "RegisterCardPart": { "name": "Leadergruppernas samarbete över regiongränsen",
                  "implementingOrganisation": "Pohjoisen yhteisöjen tuki - Majakka ry", "startDate": "2021-01-01", "endDate": "2022-12-31",
                  "publicDescription": "Två leadergrupper delar erfarenhet av lokal utveckling. Deltagare gör en studieresa och ordnar en gemensam workshop.",
                  "measure": "Utvecklingsprojekt", "scope": "Interregional", "cardCulture": "sv" },
                "AutoroutePart": {} } },
            { "contentItemId": "sv-fria-natverk", "contentType": "Article", "culture": "sv", "parts": {
                "TitlePart": { "title": "Fria nätverk" },
                "ArticlePart": { "lead": "I projektet aktiveras invånare och aktörer att delta i lokal utveckling genom nätverk.", "author": "Elävä Kainuu LEADER ry" },
                "BodyPart": { "html": "<p>Ett nätverk är öppet för alla och arbetar med en fråga som deltagare själva tycker är viktig. I varje kommun ordnas en workshop där nya idéer samlas. Ett nätverk kan också börja på egen hand.</p>" },
                "AutoroutePart": {} } },
            { "contentItemId": "sv-foreningarna-tillsammans", "contentType": "Network", "culture": "sv", "parts": {
                "TitlePart": { "title": "Föreningar tillsammans" },
                "NetworkPart": { "areaOfOperation": "Suomussalmi", "purpose": "Föra fram gemensamma frågor för förening och by till kommun och andra samarbetspartner.", "started": "2020-01-13", "status": "Active" },
                "AutoroutePart": {} } }
          ] } ] }
        """;

    public static Task<Tenant> CreateAsync(PortalHost host) => host.CreateSiteAsync(Recipe);
}
