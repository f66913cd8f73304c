using Deque.AxeCore.Commons;

namespace Verkostoportaali.Testing;

/// <summary>How the tests run axe in Chromium.</summary>
public static class AxeChecks
{
    /// <summary>The WCAG 2.1 A and AA rules, reporting violations only (what the tests read), not every element that passes.</summary>
    public static AxeRunOptions Wcag21AA => new()
    {
        RunOnly = RunOnlyOptions.Tags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]),
        ResultTypes = [ResultType.Violations],
    };
}
