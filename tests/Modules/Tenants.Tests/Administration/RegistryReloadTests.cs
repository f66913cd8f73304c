using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Tenants.Administration;
using Verkostoportaali.Tenants.Changes;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Tenants.Tests.Administration;

/// <summary>What another process does to the registry reaches a running server through the change feed.</summary>
public sealed class RegistryReloadTests : IAsyncLifetime
{
    private readonly string dataPath = Path.Combine(Path.GetTempPath(), "vp-refresh-" + Guid.NewGuid().ToString("N"));
    private PortalHost server = null!;
    private PortalHost command = null!;

    public Task InitializeAsync()
    {
        server = PortalHost.OnDataFolder(dataPath, "portal");
        _ = server.Server;
        // A second host on the same data folder stands for the ops command's process.
        command = PortalHost.OnDataFolder(dataPath, "");
        _ = command.Services;
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Site_created_and_disabled_by_another_process_is_served_accordingly_without_a_restart()
    {
        var site = await NewSites.CreateAsync(command);
        var visitor = Forms.NewClient(server);

        var created = await EventuallyAsync(visitor, $"/{site.Name}/", HttpStatusCode.OK);
        await command.Services.GetRequiredService<TenantAdministration>().DisableAsync(site.Name, CancellationToken.None);
        var disabled = await EventuallyAsync(visitor, $"/{site.Name}/", HttpStatusCode.NotFound);

        Assert.Equal(HttpStatusCode.OK, created);
        Assert.Equal(HttpStatusCode.NotFound, disabled);
        Assert.Equal(TenantState.Disabled, server.Services.GetRequiredService<TenantRegistry>().Find(site.Name)!.State);
    }

    private static async Task<HttpStatusCode> EventuallyAsync(HttpClient client, string url, HttpStatusCode wanted)
    {
        // Ten times the feed's own delay (a flush and a poll), as slack for a busy machine.
        var deadline = DateTime.UtcNow + ((ChangeFeed.FlushDelay + ChangeFeed.PollInterval) * 10);
        HttpStatusCode status;
        do
        {
            status = (await client.GetAsync(url)).StatusCode;
            if (status == wanted)
            {
                break;
            }
            await Task.Delay(200);
        }
        while (DateTime.UtcNow < deadline);
        return status;
    }

    public async Task DisposeAsync()
    {
        await command.DisposeAsync();
        await server.DisposeAsync();
        DataFolders.Delete(dataPath);
    }
}
