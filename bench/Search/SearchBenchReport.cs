using System.Text;
using Verkostoportaali.Bench.Harness;
using static System.FormattableString;

namespace Verkostoportaali.Bench.Search;

public sealed record SearchBenchReport(
    int Tenants,
    int Items,
    int WordForms,
    BuildResult BuildOne,
    BuildResult BuildAll,
    LoadResult Load,
    LoadResult Uncached,
    LatencySummary Direct,
    LatencySummary Raw,
    IReadOnlyList<ListResult> Lists,
    string LoadAtStart,
    string LoadAtEnd)
{
    public string ToMarkdown()
    {
        var docs = Tenants * Items;
        var text = new StringBuilder(Invariant($"### {Tenants:n0} sites × {Items:n0} pages = {docs:n0} documents ({WordForms:n0} distinct word forms)\n\n"));
        text.AppendLine(Invariant($"Content stored in {Database}. Load average (1/5/15 min) at start: {LoadAtStart}; at end: {LoadAtEnd}; {Environment.ProcessorCount} cores.\n"));
        text.AppendLine("| figure | value | target |");
        text.AppendLine("| --- | --- | --- |");
        Row(text, "1a. full index build, one site at a time: wall time (process CPU time)", Build(BuildOne, docs), "≥ 3,000 docs/s");
        Row(text, Invariant($"1b. full index build, {Environment.ProcessorCount} sites at a time"), Build(BuildAll, docs), "");
        Row(text, Invariant($"2a. portal search at {Load.Rate}/s, visitors' queries, result cache on: server time p50 / p95 / p99 / max"),
            Ms(Load.Server, bold: true), "p50 ≤ 5, p99 ≤ 25 ms");
        Row(text, "2b. the same, client-observed over HTTP from when each request was due", Ms(Load.Client, bold: false), "");
        Row(text, "2c. requests sent / distinct queries among them / rate they were sent at / timed out / mean hits",
            Invariant($"{Load.Requests:n0} / {Load.Distinct:n0} / {Load.AchievedRate:f0} per s / {Load.TimedOut:n0} / {Load.MeanTotal:n0}"), "");
        Row(text, "2d. the same requests with the result cache off: server time", Ms(Uncached.Server, bold: true), "");
        Row(text, "2e. the same, client-observed", Ms(Uncached.Client, bold: false), "");
        Row(text, "3a. portal search in process, one at a time (IndexSearch, no HTTP)", Ms(Direct, bold: false), "");
        Row(text, "3b. raw Lucene: same queries, IndexSearcher over one MultiReader, top 10 loaded", Ms(Raw, bold: false), "");
        Row(text, "3c. ratio portal (2a server) / raw Lucene (3b), p50 / p99", Invariant($"**{Load.Server.P50 / Raw.P50:f1}× / {Load.Server.P99 / Raw.P99:f1}×**"), "≤ 3×");
        Row(text, "3c'. the same with the result cache off (2d / 3b)", Invariant($"{Uncached.Server.P50 / Raw.P50:f1}× / {Uncached.Server.P99 / Raw.P99:f1}×"), "");
        Row(text, "3d. ratio in process (3a) / raw Lucene (3b), p50 / p99", Invariant($"{Direct.P50 / Raw.P50:f1}× / {Direct.P99 / Raw.P99:f1}×"), "");
        AppendLists(text);
        return text.ToString();
    }

    private void AppendLists(StringBuilder text)
    {
        text.AppendLine(Invariant($"\nPortal lists across the {Tenants:n0} sites, output cache off; {PortalListPhase.Concurrency} clients at once in 4c/4d:\n"));
        text.AppendLine("| address | matches (listed) | 4a. one at a time: p50 / p99 | 4b. requests/s | 4c. concurrently: p50 / p99 | 4d. requests/s |");
        text.AppendLine("| --- | --- | --- | --- | --- | --- |");
        foreach (var list in Lists)
        {
            text.AppendLine(Invariant(
                $"| `{list.Path}` | {list.Total:n0} ({list.Listed}) | {list.Sequential.P50:f1} / {list.Sequential.P99:f1} ms | {list.SequentialRate:f0} | {list.Concurrent.P50:f1} / {list.Concurrent.P99:f1} ms | **{list.ConcurrentRate:f0}** |"));
        }
    }

    // What the in-process portal reads from its environment (bench/with-postgres.sh sets it).
    private static string Database => Environment.GetEnvironmentVariable("Portal__Database") is { Length: > 0 } name ? name : "SQLite";

    private static void Row(StringBuilder text, string figure, string value, string target) => text.AppendLine($"| {figure} | {value} | {target} |");

    private static string Build(BuildResult build, int docs) => Invariant(
        $"{build.Wall.TotalSeconds:f1} s = **{docs / build.Wall.TotalSeconds:n0} docs/s** ({build.Cpu.TotalSeconds:f1} s CPU = {docs / build.Cpu.TotalSeconds:n0} docs per CPU-second)");

    private static string Ms(LatencySummary latency, bool bold)
    {
        var mark = bold ? "**" : "";
        return Invariant($"{mark}{latency.P50:f2}{mark} / {latency.P95:f2} / {mark}{latency.P99:f2}{mark} / {latency.Max:f1} ms");
    }
}
