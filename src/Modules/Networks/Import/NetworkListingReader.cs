using System.Globalization;
using System.Text.RegularExpressions;
using Verkostoportaali.Contents;
using Verkostoportaali.Contents.Import;

namespace Verkostoportaali.Networks.Import;

/// <summary>
/// One network of a listing, with its contact person, and what in its block was not understood. <see cref="Culture"/>
/// is the language of its text (name and purpose), or of its labels where the text does not tell.
/// </summary>
public sealed record ListedNetwork(string Name, NetworkPart Network, ContactPerson? Contact, int Line, IReadOnlyList<ImportMessage> Warnings)
{
    public string Culture { get; init; } = "fi";
}

/// <summary>
/// Reads the free-network listings of the old websites (seed 004): blocks of <c>Verkoston nimi: / Toiminta-alue: /
/// Tarkoitus: / Toiminta alkanut: / Yhteyshenkilö: name, puh. …, e-mail</c>, or the Swedish pages' <c>Nätverkets namn: /
/// Område: / Syfte: / Startdatum: / Kontaktperson: namn, tfn …</c>. The page's other text is not a network and is left
/// alone; inside a block, a line without a known label continues the field above it.
/// </summary>
public static partial class NetworkListingReader
{
    // "Kotisivu: …" inside a block: a label the reader does not know, not a continued value.
    [GeneratedRegex(@"^[\p{L}][\p{L} -]{1,30}:\s")]
    private static partial Regex UnknownLabel();

    private enum Field { Name, Area, Purpose, Started, Contact }

    private static readonly (string Label, Field Field, string Culture)[] Labels =
    [
        ("Verkoston nimi", Field.Name, "fi"), ("Toiminta-alue", Field.Area, "fi"), ("Tarkoitus", Field.Purpose, "fi"),
        ("Toiminta alkanut", Field.Started, "fi"), ("Yhteyshenkilö", Field.Contact, "fi"),
        ("Nätverkets namn", Field.Name, "sv"), ("Nätverk", Field.Name, "sv"), ("Verksamhetsområde", Field.Area, "sv"),
        ("Område", Field.Area, "sv"), ("Syfte", Field.Purpose, "sv"), ("Verksamheten inleddes", Field.Started, "sv"),
        ("Startdatum", Field.Started, "sv"), ("Start", Field.Started, "sv"), ("Kontaktperson", Field.Contact, "sv"),
    ];

    private static readonly string[] PhonePrefixes = ["puh", "tfn", "tel"];

    public static IReadOnlyList<ListedNetwork> ReadAll(string text)
    {
        var networks = new List<ListedNetwork>();
        Dictionary<string, (int Line, string Value)>? block = null;
        string? last = null, labelCulture = null;
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            var known = Labels.FirstOrDefault(l => line.StartsWith(l.Label + ":", StringComparison.OrdinalIgnoreCase));
            var label = known.Label is null ? null : $"{known.Field}";
            if (known is { Label: not null, Field: Field.Name })
            {
                Add(networks, block, labelCulture);
                (block, labelCulture) = ([], known.Culture);
            }
            if (block is null || line.Length == 0)
            {
                // A blank line ends the block's fields: what follows is the page's other text, until the next name.
                last = line.Length == 0 ? null : last;
                continue;
            }
            if (label is not null)
            {
                block[last = label] = (i + 1, line[(known.Label!.Length + 1)..].Trim());
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
        Add(networks, block, labelCulture);
        return networks;
    }

    private static void Add(List<ListedNetwork> networks, Dictionary<string, (int Line, string Value)>? block, string? labelCulture)
    {
        if (block is null || labelCulture is null)
        {
            return;
        }
        var warnings = block.Where(b => b.Key.StartsWith('?')).Select(b =>
            new ImportMessage(b.Value.Line, "Unknown label in \"{0}\"; the line was not imported.", b.Value.Value)).ToList();
        string? Value(Field field) => block.TryGetValue($"{field}", out var value) && value.Value.Length > 0 ? value.Value : null;
        var started = block.TryGetValue($"{Field.Started}", out var date) ? Date(date.Line, date.Value, warnings) : null;
        var contact = block.TryGetValue($"{Field.Contact}", out var person) ? Contact(person.Value) : null;
        var network = new NetworkPart { AreaOfOperation = Value(Field.Area), Purpose = Value(Field.Purpose), Started = started };
        var name = Value(Field.Name) ?? "";
        networks.Add(new ListedNetwork(name, network, contact, block[$"{Field.Name}"].Line, warnings)
        {
            Culture = TextLanguage.Detect($"{name}\n{network.Purpose}") is { } text and ("fi" or "sv") ? text : labelCulture,
        });
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

    // "Esko Seppä, puh. 0400 536 591, eskose60@hotmail.com" (or "tfn"): the name first, then the phone and the e-mail in any order.
    private static ContactPerson? Contact(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return null;
        }
        var phone = parts.Skip(1).FirstOrDefault(p => PhonePrefixes.Any(prefix => p.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)));
        var email = parts.Skip(1).FirstOrDefault(p => p.Contains('@', StringComparison.Ordinal));
        var role = parts.Skip(1).Where(p => p != phone && p != email).ToList();
        return new ContactPerson(parts[0], role.Count > 0 ? string.Join(", ", role) : null, Phone: phone?[3..].TrimStart('.', ':', ' '), Email: email);
    }
}
