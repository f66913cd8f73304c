using System.Globalization;
using System.Text;
using Verkostoportaali.Bench.Harness;

namespace Verkostoportaali.Bench.Tenants;

/// <summary>One bench run's figures as a Markdown table, the form bench/README.md keeps them in.</summary>
public sealed record BenchReport(MemoryResult Memory, ColdStartResult Cold, string LoadAtStart, string LoadAtEnd)
{
    private const double MiB = 1024 * 1024;
    private const string MemoryTarget = "≤ 512 KiB";

    public string ToMarkdown()
    {
        var rows = new StringBuilder()
            .AppendLine(Invariant($"### N = {Memory.Count:n0} tenants"))
            .AppendLine()
            .AppendLine($"Load average (1/5/15 min) at start: {LoadAtStart}; at end: {LoadAtEnd}.")
            .AppendLine()
            .AppendLine("| figure | value | target |")
            .AppendLine("| --- | --- | --- |");
        MemoryRows(rows, Memory);
        ColdStartRows(rows, Cold, Memory.Count);
        return rows.ToString();
    }

    private static void MemoryRows(StringBuilder rows, MemoryResult m)
    {
        var created = m.AfterCreate.PerTenantSince(m.Before, m.Count);
        var served = m.AfterServe.PerTenantSince(m.Before, m.Count);
        Row(rows, "1. create N tenants, one after another", Invariant($"{m.CreationTime.TotalSeconds:f1} s = **{m.TenantsPerSecond:f1} tenants/s**"));
        Row(rows, "2a. managed heap: before → created → served", Trend(m, s => s.ManagedHeapBytes, Mb));
        Row(rows, "2b. managed heap per idle tenant: created / served", $"{Kb(created.ManagedHeapBytes)} / **{Kb(served.ManagedHeapBytes)}**", MemoryTarget);
        Row(rows, "2c. working set: before → created → served", Trend(m, s => s.WorkingSetBytes, Mb));
        Row(rows, "2d. working set per idle tenant: created / served", $"{Kb(created.WorkingSetBytes)} / **{Kb(served.WorkingSetBytes)}**", MemoryTarget);
        Row(rows, "2e. open files: before → created → served", Trend(m, s => s.OpenFiles, f => Invariant($"{f:n0}")));
        Row(rows, "home page, 1st request per tenant in the process that created it: p50 / p95 / max", Ms(m.FirstServe));
    }

    private static void ColdStartRows(StringBuilder rows, ColdStartResult c, int count)
    {
        var residentPerTenant = (c.ResidentAfterAllTenants - c.ResidentAfterFirstRequest) / count;
        Row(rows, "2f. child VmRSS: after 1st request → all N served; per tenant",
            $"{Mb(c.ResidentAfterFirstRequest)} → {Mb(c.ResidentAfterAllTenants)}; {Kb(residentPerTenant)}", MemoryTarget);
        Row(rows, "3a. first request after restart (process cold; warm-up site)", Invariant($"{c.FirstRequestMillis:f0} ms"));
        Row(rows, Invariant($"3b. first request to a cold tenant, {c.ColdTenants.Count} random: p50 / p95 / max"), $"**{Ms(c.ColdTenants)}**", "p95 ≤ 50 ms");
        Row(rows, Invariant($"4. process start → /health 200, published ReadyToRun, median of {c.ReadyTimes.Count} (wall ms / child CPU ms each)"),
            Ready(c.ReadyTimes), "≤ 1000 ms");
        Row(rows, Invariant($"4b. the same as `dotnet build` left it (JIT), median of {c.ReadyTimesAsBuilt.Count}"), Ready(c.ReadyTimesAsBuilt));
        Row(rows, "5a. restart, no requests: → /health/ready 200 (every tenant's search index checked): wall / child CPU",
            Seconds(c.AfterRestart.Ready));
        Row(rows, "5b. … → start-up sweeps ended (upgrade check, search catch-up, mail; under 3 % of a core for 3 s): wall / child CPU",
            $"**{Seconds(c.AfterRestart.SweepsDone)}**");
    }

    private static string Ready(IReadOnlyList<ReadyTime> times) =>
        $"**{Millis(ColdStartResult.Median(times).Wall)} ms** ({string.Join(", ", times.Select(r => $"{Millis(r.Wall)}/{Millis(r.Cpu)}"))})";

    private static string Seconds(ReadyTime time) => Invariant($"{time.Wall.TotalSeconds:f1} s / {time.Cpu.TotalSeconds:f1} s");

    private static void Row(StringBuilder rows, string figure, string value, string target = "") =>
        rows.AppendLine($"| {figure} | {value} | {target} |");

    private static string Trend<T>(MemoryResult m, Func<MemorySnapshot, T> figure, Func<T, string> format) =>
        $"{format(figure(m.Before))} → {format(figure(m.AfterCreate))} → {format(figure(m.AfterServe))}";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Mb(long bytes) => Invariant($"{bytes / MiB:f1} MiB");

    private static string Kb(long bytes) => Invariant($"{bytes / 1024.0:f1} KiB");

    private static string Millis(TimeSpan time) => Invariant($"{time.TotalMilliseconds:f0}");

    private static string Ms(LatencySummary latency) => Invariant($"{latency.P50:f1} / {latency.P95:f1} / {latency.Max:f1} ms");
}
