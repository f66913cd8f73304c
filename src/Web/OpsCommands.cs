using System.CommandLine;
using Verkostoportaali.Core.Modules;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Tenants.Changes;

namespace Verkostoportaali.Web;

/// <summary>
/// <c>dotnet run --project src/Web -- tenants list</c>: when the first argument is a command word rather than an
/// option, the host runs the modules' ops commands (System.CommandLine) instead of serving.
/// </summary>
public static class OpsCommands
{
    public static bool IsCommand(string[] args) => args is [var first, ..] && !first.StartsWith('-') && !first.Contains('=');

    public static async Task<int> RunCommandAsync(this WebApplication app, string[] args)
    {
        var hostDatabase = app.Services.GetRequiredService<TenantDataPaths>().HostDatabase;
        if (!File.Exists(hostDatabase))
        {
            await Console.Error.WriteLineAsync($"There is no portal at {hostDatabase}: start the portal once, or set Portal__DataPath.");
            return 1;
        }
        // Mapped for a command too: the endpoints say which names the portal's own addresses take.
        app.UsePortal();
        var root = new RootCommand("Verkostoportaali ops commands. Without a command, the portal is served.");
        foreach (var command in app.Services.GetRequiredService<ModuleCatalog>().Modules.SelectMany(m => m.Commands(app)))
        {
            AddOrMerge(root, command);
        }
        await app.Services.GetRequiredService<HostStartup>().Begin();
        await app.Services.GetRequiredService<KeyRingUpgrade>().StartAsync(CancellationToken.None);
        // Made now, so that it hears the command's changes; disposing the app flushes them to a running server.
        app.Services.GetRequiredService<ChangeFeed>();
        // Disposing the app closes what the command opened (index writers and readers, database pools) before the process ends.
        await using (app)
        {
            return await root.Parse(args).InvokeAsync();
        }
    }

    /// <summary>
    /// Modules may share a verb (<c>import register</c>, <c>import networks</c>): a command named like one already
    /// added gives its subcommands to that one, whose description stays.
    /// </summary>
    public static void AddOrMerge(Command parent, Command command)
    {
        if (parent.Subcommands.FirstOrDefault(c => c.Name == command.Name) is not { } shared)
        {
            parent.Subcommands.Add(command);
            return;
        }
        foreach (var subcommand in command.Subcommands)
        {
            AddOrMerge(shared, subcommand);
        }
    }
}
