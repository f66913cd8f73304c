using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Verkostoportaali.Recipes;
using Verkostoportaali.Search.Outbox;

namespace Verkostoportaali.Bench.Harness;

/// <summary>
/// The real Web app (its own Program.cs) served by Kestrel on 127.0.0.1 inside the bench process,
/// so that its managed heap can be read with GC and its services reached; the portal tenant is set up from the portal recipe.
/// </summary>
public sealed class InProcessPortal : WebApplicationFactory<Program>
{
    private readonly string dataPath;
    private readonly Action<IWebHostBuilder>? configure;

    /// <param name="configure">Settings and services a bench adds to the app's own.</param>
    public InProcessPortal(string dataPath, Action<IWebHostBuilder>? configure = null)
    {
        (this.dataPath, this.configure) = (dataPath, configure);
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    }

    public TenantSetup Setup => Services.GetRequiredService<TenantSetup>();

    /// <summary>Starts the server; returns its address.</summary>
    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        return new Uri(addresses.Addresses.Single());
    }

    /// <summary>Waits until the search worker has applied every site's indexing outbox.</summary>
    public async Task WhenIndexedAsync(CancellationToken cancellationToken)
    {
        var backlog = Services.GetRequiredService<SearchBacklog>();
        while (backlog.Pending.Count > 0)
        {
            await Task.Delay(200, cancellationToken);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Like the child server, whose content root is its build folder; the bench's output holds the same files.
        builder.UseContentRoot(AppContext.BaseDirectory);
        builder.UseEnvironment(Environments.Production);
        builder.UseSetting("Portal:DataPath", dataPath);
        builder.UseSetting("Portal:SetupRecipe", "portal");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Otherwise the portal setup prints a generated admin password.
        builder.UseSetting("Portal:AdminPassword", $"Bench-{Guid.NewGuid():N}!");
        // A bench's load comes from one address: the open-data API's limit per client would answer most of it with 429.
        builder.UseSetting("Portal:Api:RateLimit:PermitLimit", "1000000");
        configure?.Invoke(builder);
    }
}
