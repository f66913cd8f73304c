namespace Verkostoportaali.Bench.Harness;

/// <summary>Other work on the machine (builds, tests) slows every figure; a report says how busy it was.</summary>
public static class MachineLoad
{
    /// <summary>The load average over 1, 5 and 15 minutes, as <c>/proc/loadavg</c> gives it: "3.41 / 3.45 / 5.05".</summary>
    public static string Now() => string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ')[..3]);
}
