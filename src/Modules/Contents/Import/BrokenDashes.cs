using System.Text.RegularExpressions;

namespace Verkostoportaali.Contents.Import;

/// <summary>
/// Repairs the dashes the register lost to a wrong code page, where they show as <c>¿</c> (seed 003): a mark standing
/// between spaces or between digits was a dash (–), one joined to a word a hyphen ("2020 -hanke", "sosiaali- ja"). A <c>¿</c> elsewhere
/// (at the start of a line, say) is left as it is: no context tells what it was.
/// </summary>
public static partial class BrokenDashes
{
    [GeneratedRegex(@"(?<=\d)¿(?=\d)|(?<=\s)¿(?=\s)|(?<=\p{L})¿(?=[\p{L}\s])|(?<=\s)¿(?=\p{L})")]
    private static partial Regex Broken();

    /// <summary>The text with each lost dash repaired, and how many were.</summary>
    public static (string Text, int Repaired) Repair(string text)
    {
        var repaired = 0;
        var result = Broken().Replace(text, match =>
        {
            repaired++;
            var (before, after) = (text[match.Index - 1], text[match.Index + 1]);
            return char.IsDigit(before) || (char.IsWhiteSpace(before) && char.IsWhiteSpace(after)) ? "–" : "-";
        });
        return (result, repaired);
    }
}
