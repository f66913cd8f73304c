using System.Diagnostics;

namespace Verkostoportaali.Testing;

/// <summary>
/// A throwaway redis-server (Debian's package; test.sh installs it) on a free loopback port with no persistence, in a
/// temporary folder: no system service. A test may stop it to see the portal go on without Redis.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly Process process;
    private readonly string folder;

    private RedisServer(Process process, string folder, int port) => (this.process, this.folder, Port) = (process, folder, port);

    public int Port { get; }

    /// <summary>StackExchange.Redis's configuration string for this server.</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    public static async Task<RedisServer> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("vp-redis-").FullName;
        var port = LoopbackPorts.Free();
        var start = new ProcessStartInfo("redis-server") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1",
            "--save", "", "--appendonly", "no", "--dir", folder])
        {
            start.ArgumentList.Add(argument);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        var server = new RedisServer(process, folder, port);
        await Eventually.TrueAsync(() => Task.FromResult(server.Answers()), $"redis-server on port {port}");
        return server;
    }

    /// <summary>Kills the server, as a crash or a network cut would take it away.</summary>
    public async Task StopAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        process.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    private bool Answers()
    {
        if (process.HasExited)
        {
            throw new InvalidOperationException("redis-server exited: " + process.StandardError.ReadToEnd() + process.StandardOutput.ReadToEnd());
        }
        return LoopbackPorts.Accepts(Port);
    }
}
