using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

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

    /// <summary>
    /// Runs <see cref="Wcag21AA"/> on the page as it is now, in the library's legacy mode (axe.run in the page). Its
    /// default mode finishes every run in a new browser page, to keep cross-origin frames' results apart: 2.2 s a page
    /// here against 0.4 s, on pages whose frames are all the portal's own.
    /// </summary>
    public static async Task<AxeResult> RunAsync(IPage page)
    {
#pragma warning disable CS0618 // Marked for removal; should it go, the runs need another way round the blank page.
        return await page.RunAxeLegacy(options: Wcag21AA);
#pragma warning restore CS0618
    }

    /// <summary>Each element that breaks a rule, as one line: "{where}: rule (impact) at selector: what the rule asks".</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page, string where)
    {
        var result = await RunAsync(page);
        return [.. result.Violations.SelectMany(v => v.Nodes.Select(n => $"{where}: {v.Id} ({v.Impact}) at {string.Join(" ", n.Target)}: {v.Help}"))];
    }
}
