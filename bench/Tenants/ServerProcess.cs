using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Runtime.InteropServices;

namespace Verkostoportaali.Bench.Tenants;

/// <summary>Wall-clock time from starting the process to <c>/health</c> answering 200, and the CPU time it used by then.</summary>
public sealed record ReadyTime(TimeSpan Wall, TimeSpan Cpu);

/// <summary>The built Web app run as a child process on 127.0.0.1, as in production; ended by the bench when done.</summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(5);
    private const int OutputLinesKept = 40;

    private readonly Process process;
    private readonly Stopwatch sinceStart;
    private readonly ConcurrentQueue<string> output = new();

    private ServerProcess(Process process, Stopwatch sinceStart, Uri address)
    {
        this.process = process;
        this.sinceStart = sinceStart;
        Address = address;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>Where the built server is: <c>src/Web/bin/{Configuration}/</c>, built with the bench through its project reference.</summary>
    public static string ServerAssembly { get; } = Metadata("ServerAssembly");

    public Uri Address { get; }

    /// <summary>
    /// Publishes the server as production runs it (<c>dotnet publish -c Release -r {rid} -p:PublishReadyToRun=true</c>,
    /// framework-dependent) into <paramref name="folder"/>; returns its assembly.
    /// </summary>
    public static async Task<string> PublishAsync(string folder, CancellationToken cancellationToken)
    {
        var publish = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        string[] arguments = ["publish", Metadata("ServerProject"), "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier,
            "--self-contained", "false", "-p:PublishReadyToRun=true", "-o", folder];
        arguments.ToList().ForEach(publish.ArgumentList.Add);
        using var process = Process.Start(publish)!;
        var log = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish failed with {process.ExitCode}:\n{await log}\n{await errors}");
        }
        return Path.Combine(folder, Path.GetFileName(ServerAssembly));
    }

    public static ServerProcess Start(string serverAssembly, string dataPath)
    {
        var address = new Uri($"http://127.0.0.1:{FreeLoopbackPort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(serverAssembly),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        string[] arguments = [serverAssembly, "--urls", address.ToString().TrimEnd('/'), $"--Portal:DataPath={dataPath}",
            "--Portal:SetupRecipe=", "--Logging:LogLevel:Default=Warning"];
        arguments.ToList().ForEach(start.ArgumentList.Add);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var clock = Stopwatch.StartNew();
        return new ServerProcess(Process.Start(start)!, clock, address);
    }

    /// <summary>Polls <c>/health</c> until it answers 200; returns the time since the process was started.</summary>
    public Task<ReadyTime> WaitUntilReadyAsync(CancellationToken cancellationToken) =>
        WaitUntilOkAsync("/health", ReadyTimeout, PollInterval, cancellationToken);

    /// <summary>
    /// Polls <paramref name="path"/> until it answers 200; returns the time since the process was started and the CPU it
    /// had used by then.
    /// </summary>
    public async Task<ReadyTime> WaitUntilOkAsync(string path, TimeSpan timeout, TimeSpan interval, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        while (sinceStart.Elapsed < timeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The server exited with {process.ExitCode}:\n{string.Join('\n', output)}");
            }
            try
            {
                using var response = await http.GetAsync(path, cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return new ReadyTime(sinceStart.Elapsed, process.TotalProcessorTime);
                }
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(interval, cancellationToken);
        }
        throw new TimeoutException($"{path} did not answer 200 within {timeout}:\n{string.Join('\n', output)}");
    }

    /// <summary>
    /// Waits until the process has used less than <paramref name="idleShare"/> of one core over <paramref name="window"/>
    /// (checked each second, not before <paramref name="notBefore"/> after the start); returns the time since the start
    /// and the CPU used, both at the window's beginning: when the work before it ended.
    /// </summary>
    public async Task<ReadyTime> WaitUntilIdleAsync(TimeSpan notBefore, TimeSpan window, double idleShare, TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        var samples = new Queue<ReadyTime>();
        while (sinceStart.Elapsed < timeout)
        {
            process.Refresh();
            var now = new ReadyTime(sinceStart.Elapsed, process.TotalProcessorTime);
            samples.Enqueue(now);
            // The oldest sample kept is the newest one at least a window old.
            while (samples.Count > 1 && now.Wall - samples.ElementAt(1).Wall >= window)
            {
                samples.Dequeue();
            }
            var oldest = samples.Peek();
            if (now.Wall >= notBefore && now.Wall - oldest.Wall >= window
                && (now.Cpu - oldest.Cpu).TotalMilliseconds < (now.Wall - oldest.Wall).TotalMilliseconds * idleShare)
            {
                return oldest;
            }
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }
        throw new TimeoutException($"The server was still busy after {timeout}:\n{string.Join('\n', output)}");
    }

    /// <summary>The child's resident set (VmRSS in /proc/{pid}/status), without forcing a collection in it.</summary>
    public long ResidentBytes()
    {
        var line = File.ReadLines($"/proc/{process.Id}/status").Single(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }
        await process.WaitForExitAsync();
        process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        output.Enqueue(line);
        while (output.Count > OutputLinesKept && output.TryDequeue(out _))
        {
        }
    }

    private static string Metadata(string key) =>
        typeof(ServerProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
