using System.Globalization;
using Verkostoportaali.Contents.Import;

namespace Verkostoportaali.Projects.Import;

/// <summary>What an import writes into a project variant: its title and its register card.</summary>
internal sealed record ImportedValues(string Title, RegisterCardPart Card);

/// <summary>One imported field: its label (a msgid), its value as text to compare and show, and how to keep another value of it.</summary>
internal sealed record ImportedField(string LabelMsgid, Func<ImportedValues, string?> Value, Func<ImportedValues, ImportedValues, ImportedValues> KeepFrom);

/// <summary>
/// The fields an import compares field by field. A field the editor changed since the last import (it differs from
/// what was imported then) and that the card now says otherwise is a conflict: kept as the editor set it, unless overwriting.
/// The project number is the key, never compared.
/// </summary>
internal static class ImportedFields
{
    private static readonly IReadOnlyList<ImportedField> All =
    [
        new("Title", v => v.Title, (to, from) => to with { Title = from.Title }),
        Card("Name", c => c.Name, (to, from) => to with { Name = from.Name }),
        Card("Implementing organisation", c => c.ImplementingOrganisation, (to, from) => to with { ImplementingOrganisation = from.ImplementingOrganisation }),
        Card("Start date", c => Date(c.StartDate), (to, from) => to with { StartDate = from.StartDate }),
        Card("End date", c => Date(c.EndDate), (to, from) => to with { EndDate = from.EndDate }),
        Card("Status stated in the register", c => c.StatedStatus, (to, from) => to with { StatedStatus = from.StatedStatus }),
        Card("Public description", c => c.PublicDescription, (to, from) => to with { PublicDescription = from.PublicDescription }),
        Card("Programme / fund", c => c.Programme, (to, from) => to with { Programme = from.Programme }),
        Card("Leader project?", c => c.IsLeader switch { true => "kyllä", false => "ei", null => null }, (to, from) => to with { IsLeader = from.IsLeader }),
        Card("Rural area type", c => c.RuralAreaType, (to, from) => to with { RuralAreaType = from.RuralAreaType }),
        Card("Measure", c => c.Measure, (to, from) => to with { Measure = from.Measure }),
        Card("Sub-measure", c => c.SubMeasure, (to, from) => to with { SubMeasure = from.SubMeasure }),
        Card("Measure type", c => c.MeasureType, (to, from) => to with { MeasureType = from.MeasureType }),
        Card("Measure specifier", c => c.MeasureSpecifier, (to, from) => to with { MeasureSpecifier = from.MeasureSpecifier }),
        Card("Scope", c => c.Scope, (to, from) => to with { Scope = from.Scope }),
        Card("Specific objective", c => c.SpecificObjective, (to, from) => to with { SpecificObjective = from.SpecificObjective }),
        Card("Target objective", c => c.TargetObjective, (to, from) => to with { TargetObjective = from.TargetObjective }),
        Card("Keywords", c => c.Keywords.Count == 0 ? null : string.Join(", ", c.Keywords), (to, from) => to with { Keywords = from.Keywords }),
    ];

    /// <summary>The fields a new project gets.</summary>
    public static List<FieldChange> Filled(ImportedValues incoming) =>
        [.. All.Where(f => f.Value(incoming) is not null).Select(f => new FieldChange(f.LabelMsgid, null, f.Value(incoming)))];

    /// <summary>The values to save, what changes and which fields conflict, given what the site holds and what was last imported.</summary>
    public static (ImportedValues Values, List<FieldChange> Changes, List<FieldChange> Conflicts) Merge(
        ImportedValues current, ImportedValues? lastImported, ImportedValues incoming, bool overwrite)
    {
        var (values, changes, conflicts) = (incoming, new List<FieldChange>(), new List<FieldChange>());
        foreach (var field in All)
        {
            var (now, then, wanted) = (field.Value(current), lastImported is null ? null : field.Value(lastImported), field.Value(incoming));
            if (now == wanted)
            {
                continue;
            }
            // Without a record of the last import (a project made by hand or by a recipe), every difference is the editors'.
            if (lastImported is null || now != then)
            {
                conflicts.Add(new FieldChange(field.LabelMsgid, now, wanted));
                if (!overwrite)
                {
                    values = field.KeepFrom(values, current);
                    continue;
                }
            }
            changes.Add(new FieldChange(field.LabelMsgid, now, wanted));
        }
        return (values, changes, conflicts);
    }

    private static ImportedField Card(string labelMsgid, Func<RegisterCardPart, string?> value, Func<RegisterCardPart, RegisterCardPart, RegisterCardPart> keep) =>
        new(labelMsgid, v => value(v.Card), (to, from) => to with { Card = keep(to.Card, from.Card) });

    private static string? Date(DateOnly? date) => date?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}
