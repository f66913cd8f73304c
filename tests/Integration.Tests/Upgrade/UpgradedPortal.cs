using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Integration.Tests.Upgrade;

/// <summary>One fixture's portal, running the current code, with what the fixture's manifest says it held.</summary>
public sealed class UpgradedPortal(UpgradeManifest manifest, PortalHost host, WebApplicationFactory<Program> portal, LogCapture log)
    : IAsyncDisposable
{
    public UpgradeManifest Manifest => manifest;

    /// <summary>What the portal logged at Information and above since it started.</summary>
    public IReadOnlyList<string> Log => log.Messages;

    public IServiceProvider Services => portal.Services;

    public HttpClient CreateClient() => portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Reads with a service of the site's own scope, as the site's requests see it.</summary>
    public async Task<TResult> InSiteAsync<TService, TResult>(string site, Func<TService, Task<TResult>> read)
        where TService : notnull
    {
        var tenant = Services.GetRequiredService<TenantRegistry>().Find(site) ?? throw new InvalidOperationException($"There is no site {site}.");
        await using var scope = Services.GetRequiredService<TenantScopes>().Create(tenant);
        return await read(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public async ValueTask DisposeAsync()
    {
        await portal.DisposeAsync();
        await host.DisposeAsync();
    }
}
