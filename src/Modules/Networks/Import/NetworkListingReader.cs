using System.Globalization;
using System.Text.RegularExpressions;
using Verkostoportaali.Contents;
using Verkostoportaali.Contents.Import;

namespace Verkostoportaali.Networks.Import;

/// <summary>One network of a listing, with its contact person, and what in its block was not understood.</summary>
public sealed record ListedNetwork(string Name, NetworkPart Network, ContactPerson? Contact, int Line, IReadOnlyList<ImportMessage> Warnings);

/// <summary>
/// Reads the free-network listings of the old websites (seed 004): blocks of <c>Verkoston nimi: / Toiminta-alue: /
/// Tarkoitus: / Toiminta alkanut: / Yhteyshenkilö: name, puh. …, e-mail</c>. The page's other text is not a network
/// and is left alone; inside a block, a line without a known label continues the field above it.
/// </summary>
public static partial class NetworkListingReader
{
    // "Kotisivu: …" inside a block: a label the reader does not know, not a continued value.
    [GeneratedRegex(@"^[\p{L}][\p{L} -]{1,30}:\s")]
    private static partial Regex UnknownLabel();

    private const string NameLabel = "Verkoston nimi";
    private static readonly string[] Labels = [NameLabel, "Toiminta-alue", "Tarkoitus", "Toiminta alkanut", "Yhteyshenkilö"];

    public static IReadOnlyList<ListedNetwork> ReadAll(string text)
    {
        var networks = new List<ListedNetwork>();
        Dictionary<string, (int Line, string Value)>? block = null;
        string? last = null;
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            var label = Labels.FirstOrDefault(l => line.StartsWith(l + ":", StringComparison.OrdinalIgnoreCase));
            if (label == NameLabel)
            {
                Add(networks, block);
                block = [];
            }
            if (block is null || line.Length == 0)
            {
                // A blank line ends the block's fields: what follows is the page's other text, until the next name.
                last = line.Length == 0 ? null : last;
                continue;
            }
            if (label is not null)
            {
                block[last = label] = (i + 1, line[(label.Length + 1)..].Trim());
            }
            else if (last is not null && UnknownLabel().IsMatch(line))
            {
                block[$"?{i}"] = (i + 1, line);
                last = null;
            }
            else if (last is not null)
            {
                block[last] = (block[last].Line, $"{block[last].Value}\n{line}");
            }
        }
        Add(networks, block);
        return networks;
    }

    private static void Add(List<ListedNetwork> networks, Dictionary<string, (int Line, string Value)>? block)
    {
        if (block is null)
        {
            return;
        }
        var warnings = block.Where(b => b.Key.StartsWith('?')).Select(b =>
            new ImportMessage(b.Value.Line, "Unknown label in \"{0}\"; the line was not imported.", b.Value.Value)).ToList();
        string? Value(string label) => block.TryGetValue(label, out var field) && field.Value.Length > 0 ? field.Value : null;
        var started = block.TryGetValue("Toiminta alkanut", out var date) ? Date(date.Line, date.Value, warnings) : null;
        var contact = block.TryGetValue("Yhteyshenkilö", out var person) ? Contact(person.Value) : null;
        var network = new NetworkPart { AreaOfOperation = Value("Toiminta-alue"), Purpose = Value("Tarkoitus"), Started = started };
        networks.Add(new ListedNetwork(Value(NameLabel) ?? "", network, contact, block[NameLabel].Line, warnings));
    }

    private static DateOnly? Date(int line, string text, List<ImportMessage> warnings)
    {
        if (DateOnly.TryParseExact(text, "d.M.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        warnings.Add(new ImportMessage(line, "\"{0}\" is not a date (dd.mm.yyyy); the date was left empty.", text));
        return null;
    }

    // "Esko Seppä, puh. 0400 536 591, eskose60@hotmail.com": the name first, then the phone and the e-mail in any order.
    private static ContactPerson? Contact(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return null;
        }
        var phone = parts.Skip(1).FirstOrDefault(p => p.StartsWith("puh", StringComparison.OrdinalIgnoreCase));
        var email = parts.Skip(1).FirstOrDefault(p => p.Contains('@', StringComparison.Ordinal));
        var role = parts.Skip(1).Where(p => p != phone && p != email).ToList();
        return new ContactPerson(parts[0], role.Count > 0 ? string.Join(", ", role) : null, Phone: phone?[3..].TrimStart('.', ':', ' '), Email: email);
    }
}
