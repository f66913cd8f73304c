using System.Globalization;
using System.Text.RegularExpressions;
using Verkostoportaali.Contents.Import;

namespace Verkostoportaali.Projects.Import;

/// <summary>The card's values as typed values; a value that does not fit its field is a warning, and the field stays empty.</summary>
internal static partial class CardValues
{
    [GeneratedRegex(@"^\d{1,12}$")]
    private static partial Regex Number();

    /// <summary>dd.mm.yyyy, as the register writes dates (a single-digit day or month is read too).</summary>
    public static DateOnly? Date(TextLine line, List<ImportMessage> warnings)
    {
        if (DateOnly.TryParseExact(line.Text, "d.M.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        warnings.Add(new ImportMessage(line.Number, "\"{0}\" is not a date (dd.mm.yyyy); the date was left empty.", line.Text));
        return null;
    }

    public static bool? YesNo(TextLine line, List<ImportMessage> warnings)
    {
        switch (line.Text.ToLowerInvariant())
        {
            case "kyllä" or "ja":
                return true;
            case "ei" or "nej":
                return false;
            default:
                warnings.Add(new ImportMessage(line.Number, "\"{0}\" is not kyllä or ei; the Leader field was left empty.", line.Text));
                return null;
        }
    }

    public static string? ProjectNumber(TextLine line, List<ImportMessage> warnings)
    {
        if (Number().IsMatch(line.Text))
        {
            return line.Text;
        }
        warnings.Add(new ImportMessage(line.Number, "\"{0}\" is not a project number (digits only); it was not imported.", line.Text));
        return null;
    }

    /// <summary>Lines as written: lines that follow one another stay apart by a line break, paragraphs by an empty line.</summary>
    public static string? Text(IReadOnlyList<TextLine> lines)
    {
        var text = string.Join("\n", lines.Select(l => l.Text)).Trim();
        return text.Length == 0 ? null : MultipleBlankLines().Replace(text, "\n\n");
    }

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex MultipleBlankLines();
}
