using Verkostoportaali.Core.Modules;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Web;

/// <summary>
/// Before the server takes requests, gives each existing site the default features of modules added since the site was
/// made (Mail and Statements came after the first sites), with what they depend on. Nothing in the portal turns a
/// feature off (recipes only enable, and enable the defaults first), so a site without a default feature predates it.
/// A site that has them all, as every site has after the first start, costs a look at the registry's snapshot.
/// </summary>
internal sealed class DefaultFeatureRollout(HostStartup startup, TenantRegistry registry, ModuleCatalog catalog, TenantScopes scopes,
    ILogger<DefaultFeatureRollout> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await startup.Begin().WaitAsync(cancellationToken);
        var defaults = catalog.DefaultFeatures;
        // Sites with the same features share one list (the registry reads each distinct list once): each is checked once.
        var complete = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var tenant in registry.All.Where(t => t.State is TenantState.Running or TenantState.Disabled))
        {
            if (complete.Contains(tenant.Features))
            {
                continue;
            }
            var missing = defaults.Where(f => !tenant.HasFeature(f)).ToList();
            if (missing.Count == 0)
            {
                complete.Add(tenant.Features);
                continue;
            }
            var features = new HashSet<string>(tenant.Features, StringComparer.Ordinal);
            // In the site's scope: a module's content types are saved into the site's database as it is enabled.
            await using (var scope = scopes.Create(tenant))
            {
                await scope.ServiceProvider.GetRequiredService<FeatureEnabler>().EnableAsync(features, missing, cancellationToken);
            }
            await registry.UpdateAsync(tenant with { Features = [.. features] }, cancellationToken);
            logger.LogInformation("Site {Tenant}: enabled the default features {Features} it did not have.", tenant.Name, string.Join(", ", missing));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
