using System.Text.RegularExpressions;
using Verkostoportaali.Contents.Import;

namespace Verkostoportaali.Projects.Import;

/// <summary>A line of the imported text, trimmed, with its 1-based number in the whole text.</summary>
internal readonly record struct TextLine(int Number, string Text)
{
    public bool IsBlank => Text.Length == 0;
}

/// <summary>
/// The card's unlabelled header, in this order: page type, <c>&lt;measure&gt; - &lt;number&gt;</c>, name, organisation,
/// period (<c>dd.mm.yyyy - dd.mm.yyyy</c>, or only <c>- dd.mm.yyyy</c> on 2023–2027 cards) and stated status.
/// </summary>
internal sealed partial record CardHeader(string? PageType, string? Measure, string? ProjectNumber, string? Name, string? Organisation,
    DateOnly? StartDate, DateOnly? EndDate, string? Status)
{
    [GeneratedRegex(@"^(?<measure>\S.*?)\s+[-–]\s+(?<number>\d{1,12})$")]
    public static partial Regex MeasureAndNumber();

    [GeneratedRegex(@"^(?<start>\d{1,2}\.\d{1,2}\.\d{4})?\s*[-–]\s*(?<end>\d{1,2}\.\d{1,2}\.\d{4})$")]
    private static partial Regex Period();

    public static CardHeader Read(IReadOnlyList<TextLine> lines, List<ImportMessage> warnings)
    {
        var queue = new Queue<TextLine>(lines.Where(l => !l.IsBlank));
        var pageType = queue.TryPeek(out var first) && RegisterCardLabels.PageTypes.Contains(first.Text) ? queue.Dequeue().Text : null;
        string? measure = null, number = null;
        if (queue.TryPeek(out var second) && MeasureAndNumber().Match(second.Text) is { Success: true } match)
        {
            queue.Dequeue();
            (measure, number) = (match.Groups["measure"].Value, match.Groups["number"].Value);
        }
        var header = new CardHeader(pageType, measure, number, null, null, null, null, null);
        var periodSeen = false;
        foreach (var line in queue)
        {
            if (Period().Match(line.Text) is { Success: true } period && !periodSeen)
            {
                periodSeen = true;
                var start = period.Groups["start"].Success ? CardValues.Date(line with { Text = period.Groups["start"].Value }, warnings) : null;
                header = header with { StartDate = start, EndDate = CardValues.Date(line with { Text = period.Groups["end"].Value }, warnings) };
            }
            else if (header.Place(line.Text, periodSeen) is { } placed)
            {
                header = placed;
            }
            else
            {
                warnings.Add(new ImportMessage(line.Number, "\"{0}\" in the card's header was not understood and was not imported.", line.Text));
            }
        }
        return header;
    }

    // Before the period come name and organisation; after it, the status. A known status is one wherever it stands.
    private CardHeader? Place(string text, bool periodSeen) =>
        Status is null && (periodSeen || (Name is not null && RegisterCardLabels.Statuses.Contains(text))) ? this with { Status = text }
        : periodSeen ? null
        : Name is null ? this with { Name = text }
        : Organisation is null ? this with { Organisation = text }
        : null;
}
