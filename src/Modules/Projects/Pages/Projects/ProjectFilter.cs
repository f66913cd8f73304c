using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Verkostoportaali.Projects.Pages.Projects;

/// <summary>
/// The project list's filters, read from the query string. A value that cannot be read is left out and
/// reported as a <see cref="FilterProblem"/>: a hand-edited address never makes an error page.
/// </summary>
public sealed record ProjectFilter(ProjectStatus? Status, string? Programme, string? SubMeasure, bool? Leader, int? Year)
{
    private static readonly Dictionary<string, ProjectStatus> Statuses = Enum.GetValues<ProjectStatus>()
        .ToDictionary(s => s.ToString().ToLowerInvariant(), StringComparer.OrdinalIgnoreCase);
    private static readonly Dictionary<string, bool> YesNo = new(StringComparer.OrdinalIgnoreCase) { ["yes"] = true, ["no"] = false };

    /// <summary>No filter: every project.</summary>
    public static readonly ProjectFilter None = new(null, null, null, null, null);

    public static ProjectFilter Read(IQueryCollection query, ICollection<FilterProblem> problems)
    {
        string? Text(string key) => query[key].ToString().Trim() is { Length: > 0 } value ? value : null;
        T? Parsed<T>(string key, Func<string, T?> parse, string problemMsgid) where T : struct
        {
            var value = Text(key);
            var parsed = value is null ? null : parse(value);
            if (value is not null && parsed is null)
            {
                problems.Add(new FilterProblem(problemMsgid, value));
            }
            return parsed;
        }
        return new ProjectFilter(
            Parsed("status", v => Statuses.TryGetValue(v, out var s) ? s : (ProjectStatus?)null, "There is no status \"{0}\"; it was left out of the filters."),
            Text("programme"),
            Text("submeasure"),
            Parsed("leader", v => YesNo.TryGetValue(v, out var b) ? b : (bool?)null, "\"{0}\" is not yes or no; it was left out of the filters."),
            Parsed("year", v => Number(v, 1900, 2200), "\"{0}\" is not a year; it was left out of the filters."));
    }

    /// <summary>Whether the row matches. The status rule is <see cref="RegisterCardPart.StatusOn"/>'s; a missing date
    /// compares as false, as in SQL.</summary>
    public bool Matches(ProjectRow row, DateOnly today) =>
        Status switch
        {
            ProjectStatus.Ended => row.EndDate < today,
            ProjectStatus.Upcoming => row.StartDate > today,
            ProjectStatus.Ongoing => (row.StartDate != null || row.EndDate != null)
                && (row.EndDate == null || row.EndDate >= today) && (row.StartDate == null || row.StartDate <= today),
            _ => true,
        }
        && (Programme is null || row.Programme == Programme)
        && (SubMeasure is null || row.SubMeasure == SubMeasure)
        && (Leader is null || row.IsLeader == Leader)
        && (Year is not { } year || ActiveIn(row, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)));

    // Active at some time in the year; a missing start counts as open, and a project without any date is in no year.
    private static bool ActiveIn(ProjectRow row, DateOnly first, DateOnly last) =>
        (row.StartDate != null || row.EndDate != null)
        && (row.StartDate == null || row.StartDate <= last) && (row.EndDate == null || row.EndDate >= first);

    private static int? Number(string value, int min, int max) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max ? n : null;
}

/// <summary>A filter value that was left out; <see cref="Message"/> is a msgid with the value as {0}.</summary>
public sealed record FilterProblem(string Message, string Value);
