using Verkostoportaali.Testing;

namespace Verkostoportaali.Integration.Tests;

/// <summary>The ops commands as the built host runs them, in a process of their own that serves nothing.</summary>
public sealed class CommandLineTests : IAsyncLifetime
{
    private readonly string data = Path.Combine(Path.GetTempPath(), "vp-commands-" + Guid.NewGuid().ToString("N"));

    public async Task InitializeAsync()
    {
        await using var portal = PortalHost.OnDataFolder(data, "portal");
        _ = portal.Server;
    }

    public Task DisposeAsync()
    {
        if (Directory.Exists(data))
        {
            Directory.Delete(data, recursive: true);
        }
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Tenants_create_refuses_a_name_the_portal_serves_and_takes_one_only_the_old_list_reserved()
    {
        var served = await RunAsync("tenants", "create", "--name", "search", "--display-name", "Haku", "--recipe", "municipality",
            "--admin-user", "admin", "--admin-email", "admin@example.fi", "--admin-password", PortalHost.AdminPassword);
        var free = await RunAsync("tenants", "create", "--name", "haku", "--display-name", "Haku", "--recipe", "municipality",
            "--admin-user", "admin", "--admin-email", "admin@example.fi", "--admin-password", PortalHost.AdminPassword);

        Assert.Equal(1, served.ExitCode);
        Assert.Contains("--name: 'search' is reserved for the portal's own addresses", served.Output, StringComparison.Ordinal);
        Assert.Equal(0, free.ExitCode);
        Assert.Contains("/haku/login", free.Output, StringComparison.Ordinal);
    }

    private Task<(int ExitCode, string Output)> RunAsync(params string[] arguments) => OpsProcess.RunAsync(data, arguments);
}
