using Verkostoportaali.Contents.Import;

namespace Verkostoportaali.Projects.Tests;

/// <summary>
/// A register card seed (tests/Fixtures/seeds) read as the card shows it: each value under the RegisterCardPart
/// property it belongs to, whichever of the card's label sets (Finnish, older or newer Swedish) the card uses, with
/// the dashes the register lost (<c>¿</c>) repaired as the import repairs them.
/// </summary>
internal static class SeedCard
{
    private static readonly Dictionary<string, string> PropertyOfLabel = new()
    {
        ["Julkinen hankekuvaus"] = "publicDescription", ["Offentlig projektbeskrivning"] = "publicDescription",
        ["Ohjelma/Rahasto"] = "programme", ["Program/Fond"] = "programme",
        ["Hankenumero"] = "projectNumber", ["Projektnummer"] = "projectNumber",
        ["Aloituspäivämäärä"] = "startDate", ["Startdatum"] = "startDate",
        ["Loppumispäivämäärä"] = "endDate", ["Slutdatum"] = "endDate",
        ["Onko kyseessä Leader-hanke?"] = "isLeader", ["Onko Leader"] = "isLeader", ["Är det ett Leader-projekt?"] = "isLeader",
        ["Maaseututyyppi"] = "ruralAreaType", ["Typ av landsbygd"] = "ruralAreaType",
        ["Toimenpide"] = "measure", ["Åtgärd"] = "measure",
        ["Alatoimenpide"] = "subMeasure", ["Underåtgärd"] = "subMeasure",
        ["Toimenpiteen tyyppi"] = "measureType", ["Typ av åtgärd"] = "measureType",
        ["Toimenpiteen tarkenne"] = "measureSpecifier", ["Åtgärdens specifierare"] = "measureSpecifier",
        ["Hankeluonne"] = "scope", ["Projektkaraktär"] = "scope",
        ["Erityistavoite"] = "specificObjective",
        ["Kohdealue"] = "targetObjective", ["Målområde"] = "targetObjective",
        ["Asiasanat"] = "keywords", ["Taggar"] = "keywords",
    };

    private static readonly HashSet<string> Sections =
        ["Lisätiedot", "Mer information", "Ajankohtaista hankkeesta", "Aktuellt om projektet", "Hankkeen yhteyshenkilöt", "Projektets kontaktpersoner"];

    /// <summary>The card's values by property; the header gives name, organisation and the stated status.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Read(string seedFile)
    {
        var lines = File.ReadAllLines(PathOf(seedFile)).Select(l => BrokenDashes.Repair(l.Trim()).Text).Where(l => l.Length > 0).ToList();
        var fields = new Dictionary<string, IReadOnlyList<string>>
        {
            ["name"] = [lines[2]],
            ["implementingOrganisation"] = [lines[3]],
            ["statedStatus"] = [lines[5]],
        };
        List<string>? values = null;
        foreach (var line in lines.Skip(6))
        {
            if (PropertyOfLabel.TryGetValue(line, out var property))
            {
                fields[property] = values = [];
            }
            else if (Sections.Contains(line))
            {
                values = null;
            }
            else
            {
                values?.Add(line);
            }
        }
        return fields;
    }

    private static string PathOf(string seedFile)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var path = Path.Combine(folder.FullName, "tests", "Fixtures", "seeds", seedFile);
            if (File.Exists(path))
            {
                return path;
            }
        }
        throw new FileNotFoundException($"Seed {seedFile} was not found above {AppContext.BaseDirectory}.");
    }
}
