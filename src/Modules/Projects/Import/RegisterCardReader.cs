using Verkostoportaali.Contents;
using Verkostoportaali.Contents.Import;

namespace Verkostoportaali.Projects.Import;

/// <summary>
/// Reads project cards copied from the national rural project register's public pages (DOMAIN.md): the unlabelled
/// header, then label / value pairs in any of the three label sets, separated by one or two line breaks. A text may
/// hold several cards; each begins at its page type (<c>Hanke</c>, <c>Projekt</c>). Nothing is dropped silently:
/// whatever is not understood becomes a warning with its line number.
/// </summary>
public static class RegisterCardReader
{
    private sealed record Labelled(CardField Field, CardLanguage Set, TextLine Label, List<TextLine> Lines)
    {
        public IEnumerable<TextLine> Values => Lines.Where(l => !l.IsBlank);
    }

    /// <summary>The cards in the text; none when the text is no register card at all.</summary>
    public static IReadOnlyList<RegisterCard> ReadAll(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n').Select((line, i) => new TextLine(i + 1, line.Trim())).ToList();
        var starts = CardStarts(lines);
        List<List<TextLine>> chunks = starts.Count == 0
            ? [lines]
            : [.. starts.Select((start, k) => lines[start..(k + 1 < starts.Count ? starts[k + 1] : lines.Count)])];
        var cards = chunks.Select(Read).OfType<RegisterCard>().ToList();
        if (cards.Count > 0 && starts is [> 0 and var first, ..] && lines.Take(first).Where(l => !l.IsBlank).ToList() is [var stray, ..] preamble)
        {
            cards[0] = cards[0] with
            {
                Warnings = [new ImportMessage(stray.Number, "Lines {0}–{1} before the first card are not part of a card and were not imported.",
                    stray.Number, preamble[^1].Number), .. cards[0].Warnings],
            };
        }
        return cards;
    }

    // A card begins where a page type line is followed by a "<measure> - <number>" line.
    private static List<int> CardStarts(List<TextLine> lines) =>
        [.. lines.Select((line, i) => (line, i))
            .Where(x => RegisterCardLabels.PageTypes.Contains(x.line.Text)
                && lines.Skip(x.i + 1).FirstOrDefault(l => !l.IsBlank) is { } next
                && CardHeader.MeasureAndNumber().IsMatch(next.Text))
            .Select(x => x.i)];

    private static RegisterCard? Read(List<TextLine> chunk)
    {
        var warnings = new List<ImportMessage>();
        chunk = [.. chunk.Select(line => Repaired(line, warnings))];
        var firstLabel = chunk.FindIndex(l => RegisterCardLabels.Find(l.Text) is not null);
        var groups = Groups(chunk, firstLabel);
        var headerLines = firstLabel < 0 ? chunk : chunk[..firstLabel];
        // Unrelated text: neither a "<measure> - <number>" header line nor two of the card's field labels.
        if (!headerLines.Any(l => CardHeader.MeasureAndNumber().IsMatch(l.Text)) && groups.Count(g => !RegisterCardLabels.IsSection(g.Field)) < 2)
        {
            return null;
        }
        var header = CardHeader.Read(headerLines, warnings);
        var fields = ByField(groups, warnings);
        var language = Language(header, groups, chunk[0], warnings);
        var card = Fields(header, fields, language, warnings);
        WarnAboutGaps(card, groups, chunk, warnings);
        var culture = TextCulture(card, language, chunk[0], warnings);
        return new RegisterCard(language, card, chunk.First(l => !l.IsBlank).Number, chunk.Last(l => !l.IsBlank).Number, warnings)
        {
            Culture = culture,
            Contacts = fields.TryGetValue(CardField.ContactsSection, out var contacts) ? Contacts(contacts, warnings) : [],
        };
    }

    private static TextLine Repaired(TextLine line, List<ImportMessage> warnings)
    {
        var (text, repaired) = BrokenDashes.Repair(line.Text);
        if (repaired > 0)
        {
            warnings.Add(new ImportMessage(line.Number, "{0} broken characters (¿) were read as the dashes the register lost.", repaired));
        }
        return line with { Text = text };
    }

    private static List<Labelled> Groups(List<TextLine> chunk, int firstLabel)
    {
        var groups = new List<Labelled>();
        foreach (var line in chunk.Skip(Math.Max(firstLabel, 0)))
        {
            if (firstLabel >= 0 && RegisterCardLabels.Find(line.Text) is var (field, set))
            {
                groups.Add(new Labelled(field, set, line, []));
            }
            else
            {
                groups.LastOrDefault()?.Lines.Add(line);
            }
        }
        return groups;
    }

    private static Dictionary<CardField, Labelled> ByField(List<Labelled> groups, List<ImportMessage> warnings)
    {
        var fields = new Dictionary<CardField, Labelled>();
        foreach (var group in groups)
        {
            if (!fields.TryAdd(group.Field, group))
            {
                warnings.Add(new ImportMessage(group.Label.Number, "\"{0}\" appears a second time on the card; the second value was not imported.", group.Label.Text));
            }
            else if (group.Field == CardField.DetailsSection)
            {
                Leftovers(group.Values, warnings);
            }
            else if (group.Field is CardField.NewsSection && group.Values.ToList() is [var first, ..] lines)
            {
                warnings.Add(new ImportMessage(first.Number, "The card's section \"{0}\" has {1} lines of text; they are not imported.", group.Label.Text, lines.Count));
            }
        }
        return fields;
    }

    // The contacts section: people one fact a line (ContactLines); the page's own date, which a project does not keep, is said so.
    private static IReadOnlyList<ContactPerson> Contacts(Labelled section, List<ImportMessage> warnings)
    {
        var lines = section.Lines;
        var (people, notRead) = ContactLines.Read([.. lines.Select(l => l.Text)]);
        foreach (var line in lines.Where(l => ContactLines.PageDate(l.Text) is not null))
        {
            warnings.Add(new ImportMessage(line.Number, "\"{0}\" is the page's date; a project is dated by its start and end, so it was not imported.", line.Text));
        }
        foreach (var index in notRead)
        {
            warnings.Add(new ImportMessage(lines[index].Number, "\"{0}\" in the contacts section belongs to no contact person and was not imported.", lines[index].Text));
        }
        return people;
    }

    // Past a field's one value, the lines are read as unknown label / value pairs: a label the register added later.
    private static void Leftovers(IEnumerable<TextLine> lines, List<ImportMessage> warnings)
    {
        foreach (var pair in lines.Chunk(2))
        {
            warnings.Add(pair is [var label, var value]
                ? new ImportMessage(label.Number, "Unknown label \"{0}\" (value \"{1}\") was not imported.", label.Text, value.Text)
                : new ImportMessage(pair[0].Number, "\"{0}\" was not understood and was not imported.", pair[0].Text));
        }
    }

    private static CardLanguage Language(CardHeader header, List<Labelled> groups, TextLine first, List<ImportMessage> warnings)
    {
        var sets = groups.Select(g => g.Set).ToHashSet();
        if (sets.Contains(CardLanguage.Swedish) || string.Equals(header.PageType, "Projekt", StringComparison.OrdinalIgnoreCase))
        {
            if (sets.Contains(CardLanguage.Finnish))
            {
                warnings.Add(new ImportMessage(first.Number, "The card mixes Finnish and Swedish labels; it was read as a Swedish card."));
            }
            return CardLanguage.Swedish;
        }
        return sets.Contains(CardLanguage.OldSwedishUi) || RegisterCardLabels.SwedishStatuses.Contains(header.Status ?? "")
            ? CardLanguage.OldSwedishUi
            : CardLanguage.Finnish;
    }

    // The register shows a card's own text (name, description) on all of its language pages, so the labels tell only the
    // language of the classification values (CardCulture); the item's language is the text's. Without a verdict, the labels'.
    private static string TextCulture(RegisterCardPart card, CardLanguage language, TextLine first, List<ImportMessage> warnings)
    {
        var labels = language == CardLanguage.Finnish ? "fi" : "sv";
        var text = TextLanguage.Detect($"{card.Name}\n{card.PublicDescription}");
        if (text is not ("fi" or "sv") || text == labels)
        {
            return labels;
        }
        warnings.Add(new ImportMessage(first.Number, text == "fi"
            ? "The card's labels are Swedish but its text is Finnish: it was imported into the Finnish project, its Swedish values kept as they are."
            : "The card's labels are Finnish but its text is Swedish: it was imported into the Swedish project."));
        return text;
    }

    private static RegisterCardPart Fields(CardHeader header, Dictionary<CardField, Labelled> fields, CardLanguage language,
        List<ImportMessage> warnings)
    {
        TextLine? One(CardField field)
        {
            if (!fields.TryGetValue(field, out var group) || group.Values.ToList() is not [var value, .. var rest])
            {
                return null;
            }
            Leftovers(rest, warnings);
            return value;
        }
        string? Text(CardField field) => One(field)?.Text;
        var number = One(CardField.ProjectNumber) is { } n ? CardValues.ProjectNumber(n, warnings) : null;
        return new RegisterCardPart
        {
            ProjectNumber = Agreed(CardField.ProjectNumber, header.ProjectNumber, number, fields, warnings),
            Name = header.Name ?? "",
            ImplementingOrganisation = header.Organisation ?? "",
            StartDate = Agreed(CardField.StartDate, header.StartDate, One(CardField.StartDate) is { } s ? CardValues.Date(s, warnings) : null, fields, warnings),
            EndDate = Agreed(CardField.EndDate, header.EndDate, One(CardField.EndDate) is { } e ? CardValues.Date(e, warnings) : null, fields, warnings),
            StatedStatus = header.Status,
            PublicDescription = fields.TryGetValue(CardField.Description, out var description) ? CardValues.Text(description.Lines) : null,
            Programme = Text(CardField.Programme),
            IsLeader = One(CardField.IsLeader) is { } leader ? CardValues.YesNo(leader, warnings) : null,
            RuralAreaType = Text(CardField.RuralAreaType),
            Measure = Text(CardField.Measure) ?? header.Measure,
            SubMeasure = Text(CardField.SubMeasure),
            MeasureType = Text(CardField.MeasureType),
            MeasureSpecifier = Text(CardField.MeasureSpecifier),
            Scope = Text(CardField.Scope),
            SpecificObjective = Text(CardField.SpecificObjective),
            TargetObjective = Text(CardField.TargetObjective),
            Keywords = fields.TryGetValue(CardField.Keywords, out var keywords) ? [.. keywords.Values.Select(k => k.Text)] : [],
            CardCulture = language == CardLanguage.Finnish ? "fi" : "sv",
        };
    }

    // The header and the labelled field both state the number and the dates; the labelled one wins when they differ.
    private static T? Agreed<T>(CardField field, T? fromHeader, T? labelled, Dictionary<CardField, Labelled> fields, List<ImportMessage> warnings)
    {
        if (fromHeader is not null && labelled is not null && !Equals(fromHeader, labelled))
        {
            var label = fields[field].Label;
            warnings.Add(new ImportMessage(label.Number, "The header says \"{0}\" but \"{1}\" says \"{2}\"; the labelled value was imported.",
                Shown(fromHeader), label.Text, Shown(labelled)));
        }
        return labelled ?? fromHeader;
    }

    private static string Shown<T>(T value) => value is DateOnly date ? date.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture) : $"{value}";

    private static void WarnAboutGaps(RegisterCardPart card, List<Labelled> groups, List<TextLine> chunk, List<ImportMessage> warnings)
    {
        var first = chunk.First(l => !l.IsBlank).Number;
        if (card.ProjectNumber is null)
        {
            warnings.Add(new ImportMessage(first, "The card has no project number."));
        }
        if (card.Name.Length == 0)
        {
            warnings.Add(new ImportMessage(first, "The card has no project name."));
        }
        if (card.ImplementingOrganisation.Length == 0)
        {
            warnings.Add(new ImportMessage(first, "The card has no implementing organisation."));
        }
        if (!groups.Any(g => g.Field == CardField.ContactsSection))
        {
            warnings.Add(new ImportMessage(chunk.Last(l => !l.IsBlank).Number, "The text ends before the card's contacts section: the card may be cut short."));
        }
    }
}
