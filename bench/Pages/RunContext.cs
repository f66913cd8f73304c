using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Verkostoportaali.Bench.Pages;

/// <summary>What a reader needs to repeat a run: the command, the commit, and the machine it ran on.</summary>
public static class RunContext
{
    public static string Command { get; } = "dotnet run -c Release --project bench/Pages" +
        (Environment.GetCommandLineArgs().Length > 1 ? " -- " + string.Join(' ', Environment.GetCommandLineArgs().Skip(1)) : "");

    /// <summary>The short hash of the commit the bench's tree is at, and whether the tree had changes beside it.</summary>
    public static async Task<string> CommitAsync(CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(ReadmeSection.Path)!;
        var commit = (await GitAsync(folder, ["rev-parse", "--short", "HEAD"], cancellationToken)).Trim();
        var changes = await GitAsync(folder, ["status", "--porcelain", "--untracked-files=no"], cancellationToken);
        return $"`{commit}`" + (changes.Length > 0 ? " (with uncommitted changes)" : "");
    }

    public static async Task<string> MachineAsync(CancellationToken cancellationToken)
    {
        var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':')[1].Trim();
        var memoryKb = long.Parse(File.ReadLines("/proc/meminfo").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
        return $"{Environment.ProcessorCount} vCPU ({cpu}), {memoryKb / 1024.0 / 1024:f0} GiB RAM, {RuntimeInformation.OSDescription}, " +
            $"{RuntimeInformation.FrameworkDescription}, {await Wrk.VersionAsync(cancellationToken)}";
    }

    private static async Task<string> GitAsync(string folder, string[] arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, WorkingDirectory = folder };
        arguments.ToList().ForEach(start.ArgumentList.Add);
        using var git = Process.Start(start)!;
        var output = await git.StandardOutput.ReadToEndAsync(cancellationToken);
        await git.WaitForExitAsync(cancellationToken);
        return output;
    }
}
