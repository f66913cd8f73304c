using System.Diagnostics;

namespace Verkostoportaali.Integration.Tests;

/// <summary>An ops command as the built host runs it, in a process of its own on a data folder.</summary>
internal static class OpsProcess
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string dataPath, params string[] arguments)
    {
        var built = Path.Combine(Repository(), "src", "Web", "bin", new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name, "net10.0");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = built, RedirectStandardError = true, RedirectStandardOutput = true };
        start.Environment["Portal__DataPath"] = dataPath;
        foreach (var argument in arguments.Prepend(Path.Combine(built, "Verkostoportaali.Web.dll")))
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var (output, error) = (process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await error + await output);
    }

    /// <summary>The repository's folder, the one holding Verkostoportaali.sln.</summary>
    public static string Repository()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder.FullName, "Verkostoportaali.sln")))
        {
            folder = folder.Parent ?? throw new DirectoryNotFoundException("No Verkostoportaali.sln above " + AppContext.BaseDirectory);
        }
        return folder.FullName;
    }
}
