using Microsoft.Data.Sqlite;
using Verkostoportaali.Bench.Harness;

namespace Verkostoportaali.Bench.Tenants;

/// <summary><c>dotnet run -c Release --project bench/Tenants -- 1000 [10000 …]</c>: one run per tenant count, each in a fresh data folder.</summary>
public static class BenchProgram
{
    private const int MaxTenants = 50_000;
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(90);

    public static async Task<int> Main(string[] args)
    {
        var counts = args.Length == 0 ? [1000] : args.Select(int.Parse).ToArray();
        if (counts.Any(n => n is < 1 or > MaxTenants))
        {
            Console.Error.WriteLine($"Give tenant counts from 1 to {MaxTenants}.");
            return 2;
        }
        using var stop = BenchStop.After(RunLimit);
        var published = Directory.CreateTempSubdirectory("verkostoportaali-bench-server-");
        try
        {
            Console.Error.WriteLine($"publishing the server (ReadyToRun) to {published.FullName}");
            var server = await ServerProcess.PublishAsync(published.FullName, stop.Token);
            foreach (var count in counts)
            {
                try
                {
                    Console.WriteLine((await RunAsync(server, count, stop.Token)).ToMarkdown());
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    Console.WriteLine($"### N = {count:n0} tenants: failed\n\n{e.GetType().Name}: {e.Message}\n");
                    return 1;
                }
            }
            return 0;
        }
        finally
        {
            published.Delete(recursive: true);
        }
    }

    private static async Task<BenchReport> RunAsync(string publishedServer, int count, CancellationToken cancellationToken)
    {
        var loadAtStart = MachineLoad.Now();
        // Where the default setting puts it, App_Data in the server's content root: a start that watched that tree
        // would show here.
        using var data = BenchDataFolder.TemporaryIn(Path.GetDirectoryName(publishedServer)!, "App_Data");
        Console.Error.WriteLine($"{count} tenants in {data.Path}; server {ServerProcess.ServerAssembly}");
        var memory = await MemoryPhase.RunAsync(data.Path, count, cancellationToken);
        SqliteConnection.ClearAllPools();
        Console.Error.WriteLine("  memory phase done; restarting the server as a child process");
        var cold = await ColdStartPhase.RunAsync(publishedServer, data.Path, count, cancellationToken);
        return new BenchReport(memory, cold, loadAtStart, MachineLoad.Now());
    }
}
