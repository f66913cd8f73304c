using System.Globalization;
using Verkostoportaali.Articles;
using Verkostoportaali.Bench.Harness;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Events;
using Verkostoportaali.Networks;
using Verkostoportaali.Projects;
using Verkostoportaali.Providers;
using Verkostoportaali.Taxonomies;

namespace Verkostoportaali.Bench.Pages;

/// <summary>
/// The parts of the bench site's items, with values as the register, providers and networks write them: Finnish text
/// from <see cref="FinnishText"/>, terms that exist in the site's vocabularies, dates spread over years.
/// </summary>
public sealed class SiteItems(FinnishText text)
{
    public const string Region = "keski-suomi";
    /// <summary>The service field the filtered directory asks for.</summary>
    public const string FilteredServiceField = "matkailu";
    private const string Cap2023 = "Suomen CAP-suunnitelma 2023–2027";

    /// <summary>The first event's day; the others follow every <see cref="EventSpacingDays"/> days, about eight a month.</summary>
    private static readonly DateOnly FirstEventDay = new(2026, 1, 9);
    private const double EventSpacingDays = 3.65;

    private const int ArticleLeadLength = 600;
    private static readonly string[] Municipalities = ["jyvaskyla", "jamsa", "saarijarvi", "aanekoski", "keuruu", "laukaa", "muurame", "viitasaari"];
    private static readonly string[] Places = ["Jyväskylä", "Jämsä", "Saarijärvi", "Äänekoski", "Keuruu", "Laukaa", "Muurame", "Viitasaari"];
    private static readonly string[] Themes = ["hyvinvointi", "palvelut", "osallisuus", "kylat", "luonto", "green-care", "matkailu", "ruoka"];
    private static readonly string[] ServiceFields = ["sosiaali-ja-terveys", "matkailu", "taide-ja-kulttuuri", "maa-ja-metsatalous", "kasvatus-ja-koulutus", "liikunta-ja-virkistys"];
    private static readonly string[] Organisations =
        ["Kehittämisyhdistys Viisari ry", "Jyväskylän seudun kehittämisyhdistys JySeKe ry", "Maaseutukehitys ry", "ProAgria Keski-Suomi ry", "Keski-Suomen Kylät ry", "Kehittämisyhtiö Witas Oy"];
    private static readonly string[] SubMeasures = ["7.4 Maaseudun palvelut", "16.0 Yhteistyö", "19.2 Paikallinen kehittäminen", "6.4 Investoinnit yritystoimintaan", "1.1 Koulutushankkeet"];
    private static readonly string[] EventKinds = ["Työpaja", "Teemapäivä", "Hyvinvointipäivä", "Verkostotapaaminen", "Webinaari", "Opintomatka", "Avoimet ovet", "Koulutus"];
    private static readonly string[] ProviderKinds = ["Hevostila", "Luontohoiva", "Elämystila", "Hoivakoti", "Maatila", "Retkipalvelut", "Kuntoutuskeskus", "Eläinpiha"];
    private static readonly string[] Services = ["Luontoavusteinen kuntoutus", "Hevosavusteinen toiminta", "Ohjatut luontoretket", "Maatilamatkailu", "Eläinavusteinen toiminta", "Puutarhaterapia"];
    private static readonly string[] NetworkTopics = ["Kylä", "Hyvinvointi", "Matkailu", "Luontohoiva", "Lähiruoka", "Nuoriso"];
    private static readonly string[] People = ["Anna Virtanen", "Mikko Korhonen", "Liisa Mäkinen", "Jari Nieminen", "Sari Hämäläinen", "Timo Laine"];

    public void Project(ContentItem item, int n)
    {
        // Three in five projects are of the current programme; the rest ended or end soon.
        var current = n % 5 < 3;
        var start = current ? new DateOnly(2023, 1, 1).AddDays(n * 7 % 1400) : new DateOnly(2015, 6, 1).AddDays(n * 11 % 1800);
        var name = text.Title();
        item.Apply(new TitlePart(name)).Apply(new RegisterCardPart
        {
            ProjectNumber = (300_000 + n).ToString(CultureInfo.InvariantCulture),
            Name = name,
            ImplementingOrganisation = Organisations[n % Organisations.Length],
            StartDate = start,
            EndDate = start.AddMonths(12 + n % 36),
            PublicDescription = text.Paragraph(),
            Programme = current ? Cap2023 : "Manner-Suomen maaseudun kehittämisohjelma 2014–2020",
            IsLeader = n % 3 != 0,
            Measure = "Kehittämishanke",
            SubMeasure = SubMeasures[n % SubMeasures.Length],
            Scope = "Paikallinen/Alueellinen",
            Keywords = [Themes[n % Themes.Length], Places[n % Places.Length]],
            CardCulture = "fi",
        }).Apply(new AutoroutePart()).Apply(Terms(("themes", [Themes[n % Themes.Length]])));
    }

    public void Event(ContentItem item, int n)
    {
        var day = FirstEventDay.AddDays((int)(n * EventSpacingDays));
        var timed = n % 2 == 0;
        item.Apply(new TitlePart($"{EventKinds[n % EventKinds.Length]}: {text.Title()}")).Apply(new BodyPart(text.Html()))
            .Apply(new AutoroutePart())
            .Apply(new EventPart(day, timed ? new TimeOnly(10, 0) : null, timed ? day : null, timed ? new TimeOnly(15, 30) : null,
                PlaceName: $"Kylätalo, {Places[n % Places.Length]}", Address: $"Kyläntie {1 + n % 20}"))
            .Apply(Terms(("municipalities", [Municipalities[n % Municipalities.Length]])));
    }

    public void Provider(ContentItem item, int n)
    {
        var services = Enumerable.Range(0, 1 + n % 3).Select(s => new ProviderService(Services[(n + s) % Services.Length], text.Paragraph(),
            n % 4 == 0 ? new QualityMark(s % 2 == 0 ? QualityMarkKind.LuontoHoiva : QualityMarkKind.LuontoVoima, new DateOnly(2024, 1 + n % 12, 1)) : null));
        item.Apply(new TitlePart($"{ProviderKinds[n % ProviderKinds.Length]} {Places[n / ProviderKinds.Length % Places.Length]} {n + 1}"))
            .Apply(new BodyPart(text.Html())).Apply(new AutoroutePart())
            .Apply(new ProviderPart { BusinessId = BusinessId(2_345_600 + n * 7), Website = $"https://toimija-{n + 1}.example.fi", Services = [.. services] })
            .Apply(Terms(("service-fields", ServiceFieldsOf(n)),
                ("municipalities", [Municipalities[n % Municipalities.Length]])))
            .Apply(Contacts(n));
    }

    public void Network(ContentItem item, int n)
    {
        var place = Places[n % Places.Length];
        item.Apply(new TitlePart($"{NetworkTopics[n % NetworkTopics.Length]}verkosto {place} {n / NetworkTopics.Length + 1}"))
            .Apply(new NetworkPart
            {
                AreaOfOperation = place,
                Purpose = text.Paragraph(),
                Started = new DateOnly(2019, 1, 1).AddDays(n * 37),
                MembersCount = 5 + n * 3 % 40,
                Status = n % 7 == 0 ? NetworkStatus.Ended : NetworkStatus.Active,
            })
            .Apply(new BodyPart(text.Html())).Apply(Contacts(n)).Apply(new AutoroutePart())
            .Apply(Terms(("municipalities", [Municipalities[n % Municipalities.Length]])));
    }

    public void Article(ContentItem item, int n) =>
        item.Apply(new TitlePart(text.Title())).Apply(new ArticlePart(Lead: Lead(text.Paragraph()), Author: People[n % People.Length]))
            .Apply(new BodyPart(text.Html())).Apply(new AutoroutePart()).Apply(Terms(("themes", [Themes[n % Themes.Length]])));

    /// <summary>How many of the providers offer <paramref name="serviceField"/>: what its directory page must count.</summary>
    public static int ProvidersIn(string serviceField) => Enumerable.Range(0, BenchSite.ProviderCount).Count(n => ServiceFieldsOf(n).Contains(serviceField));

    private static string[] ServiceFieldsOf(int n) => [ServiceFields[n % ServiceFields.Length], ServiceFields[(n + 2) % ServiceFields.Length]];

    private static TermsPart Terms(params (string Vocabulary, IReadOnlyList<string> Ids)[] more) =>
        new(more.Append((Vocabulary: "regions", Ids: (IReadOnlyList<string>)[Region])).ToDictionary(t => t.Vocabulary, t => t.Ids));

    // An article's lead is at most 600 characters: whole sentences up to that.
    private static string Lead(string paragraph) =>
        paragraph.Length <= ArticleLeadLength ? paragraph : paragraph[..(paragraph.LastIndexOf(". ", ArticleLeadLength - 1, StringComparison.Ordinal) + 1)];

    private static ContactsPart Contacts(int n) =>
        new([new ContactPerson(People[n % People.Length], "Yhteyshenkilö", Phone: $"040 {1_000_000 + n * 1237:### ####}", Email: $"yhteys{n + 1}@example.fi")]);

    // Seven digits, a hyphen and the check digit; a number whose check digit does not exist is moved on by one.
    private static string BusinessId(int number)
    {
        var digits = number.ToString("d7", CultureInfo.InvariantCulture);
        return BusinessIdCheck.CheckDigitOf(digits) is { } check ? $"{digits}-{check}" : BusinessId(number + 1);
    }
}
