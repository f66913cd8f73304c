using System.Text;

namespace Verkostoportaali.Projects.Import;

/// <summary>A labelled place on the card: a field, or a section heading that carries no value.</summary>
internal enum CardField
{
    Description,
    Programme,
    ProjectNumber,
    StartDate,
    EndDate,
    IsLeader,
    RuralAreaType,
    Measure,
    SubMeasure,
    MeasureType,
    MeasureSpecifier,
    Scope,
    SpecificObjective,
    TargetObjective,
    Keywords,
    DetailsSection,
    NewsSection,
    ContactsSection,
}

/// <summary>The register's labels in its three UIs (DOMAIN.md), and the header words that tell the UIs apart.</summary>
internal static class RegisterCardLabels
{
    private static readonly Dictionary<string, (CardField Field, CardLanguage Set)> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Julkinen hankekuvaus"] = (CardField.Description, CardLanguage.Finnish),
        ["Offentlig projektbeskrivning"] = (CardField.Description, CardLanguage.Swedish),
        ["Lisätiedot"] = (CardField.DetailsSection, CardLanguage.Finnish),
        ["Mer information"] = (CardField.DetailsSection, CardLanguage.Swedish),
        ["Ohjelma/Rahasto"] = (CardField.Programme, CardLanguage.Finnish),
        ["Program/Fond"] = (CardField.Programme, CardLanguage.Swedish),
        ["Hankenumero"] = (CardField.ProjectNumber, CardLanguage.Finnish),
        ["Projektnummer"] = (CardField.ProjectNumber, CardLanguage.Swedish),
        ["Aloituspäivämäärä"] = (CardField.StartDate, CardLanguage.Finnish),
        ["Startdatum"] = (CardField.StartDate, CardLanguage.Swedish),
        ["Loppumispäivämäärä"] = (CardField.EndDate, CardLanguage.Finnish),
        ["Slutdatum"] = (CardField.EndDate, CardLanguage.Swedish),
        ["Onko kyseessä Leader-hanke?"] = (CardField.IsLeader, CardLanguage.Finnish),
        ["Onko Leader"] = (CardField.IsLeader, CardLanguage.OldSwedishUi),
        ["Är det ett Leader-projekt?"] = (CardField.IsLeader, CardLanguage.Swedish),
        ["Maaseututyyppi"] = (CardField.RuralAreaType, CardLanguage.Finnish),
        ["Typ av landsbygd"] = (CardField.RuralAreaType, CardLanguage.Swedish),
        ["Toimenpide"] = (CardField.Measure, CardLanguage.Finnish),
        ["Åtgärd"] = (CardField.Measure, CardLanguage.Swedish),
        ["Alatoimenpide"] = (CardField.SubMeasure, CardLanguage.Finnish),
        ["Underåtgärd"] = (CardField.SubMeasure, CardLanguage.Swedish),
        ["Toimenpiteen tyyppi"] = (CardField.MeasureType, CardLanguage.Finnish),
        ["Typ av åtgärd"] = (CardField.MeasureType, CardLanguage.Swedish),
        ["Toimenpiteen tarkenne"] = (CardField.MeasureSpecifier, CardLanguage.Finnish),
        ["Åtgärdens specifierare"] = (CardField.MeasureSpecifier, CardLanguage.Swedish),
        ["Hankeluonne"] = (CardField.Scope, CardLanguage.Finnish),
        ["Projektkaraktär"] = (CardField.Scope, CardLanguage.Swedish),
        ["Erityistavoite"] = (CardField.SpecificObjective, CardLanguage.Finnish),
        ["Kohdealue"] = (CardField.TargetObjective, CardLanguage.Finnish),
        ["Målområde"] = (CardField.TargetObjective, CardLanguage.Swedish),
        ["Asiasanat"] = (CardField.Keywords, CardLanguage.Finnish),
        ["Taggar"] = (CardField.Keywords, CardLanguage.Swedish),
        ["Ajankohtaista hankkeesta"] = (CardField.NewsSection, CardLanguage.Finnish),
        ["Aktuellt om projektet"] = (CardField.NewsSection, CardLanguage.Swedish),
        ["Hankkeen yhteyshenkilöt"] = (CardField.ContactsSection, CardLanguage.Finnish),
        ["Projektets kontaktpersoner"] = (CardField.ContactsSection, CardLanguage.Swedish),
    };

    /// <summary>The page type, the first line of the header.</summary>
    public static readonly IReadOnlySet<string> PageTypes = new HashSet<string>(["Hanke", "Projekt"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Statuses the Swedish UIs state; the older one keeps Finnish labels, so its status gives it away.</summary>
    public static readonly IReadOnlySet<string> SwedishStatuses = new HashSet<string>(["Avslutat", "Är igång"], StringComparer.OrdinalIgnoreCase);

    public static readonly IReadOnlySet<string> Statuses =
        new HashSet<string>(["Päättynyt", "Käynnissä", .. SwedishStatuses], StringComparer.OrdinalIgnoreCase);

    /// <summary>The field a line labels, if it is a label. Labels on cards of the 2023–2027 period may carry the period, as in DOMAIN.md.</summary>
    public static (CardField Field, CardLanguage Set)? Find(string line)
    {
        var key = Normalise(line);
        return Labels.TryGetValue(key, out var label) || Labels.TryGetValue(Repaired(key), out label) ? label : null;
    }

    private static string Normalise(string line)
    {
        var key = string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Normalize(NormalizationForm.FormC).TrimEnd(':');
        var period = key.IndexOf(" (2023", StringComparison.Ordinal);
        return period > 0 ? key[..period] : key;
    }

    // UTF-8 read as Latin-1 turns "ä" into "Ã¤": such a label is still recognised, while values stay as written.
    private static string Repaired(string key)
    {
        if (!key.Contains('Ã', StringComparison.Ordinal) || key.Any(c => c > 0xFF))
        {
            return key;
        }
        var repaired = Encoding.UTF8.GetString(Encoding.Latin1.GetBytes(key));
        return repaired.Contains('\uFFFD', StringComparison.Ordinal) ? key : repaired;
    }

    public static bool IsSection(CardField field) => field >= CardField.DetailsSection;
}
