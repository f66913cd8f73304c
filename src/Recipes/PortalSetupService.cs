using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Recipes;

/// <summary>
/// At start, once <see cref="HostStartup"/> has loaded the registry: clears tenants a crash left half set up, and on an
/// empty data folder sets the portal up from <see cref="PortalOptions.SetupRecipe"/>. Runs before the server takes requests.
/// </summary>
public sealed class PortalSetupService(
    TenantRegistry registry,
    TenantSetup setup,
    RecipeFiles recipes,
    IOptions<PortalOptions> options,
    ILogger<PortalSetupService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var interrupted in registry.All.Where(t => t.State == TenantState.Initializing))
        {
            logger.LogWarning("Tenant {Tenant} was interrupted during setup; its data is removed.", interrupted.Name);
            await setup.ResetAsync(interrupted, cancellationToken);
        }

        var recipeName = options.Value.SetupRecipe;
        if (string.IsNullOrEmpty(recipeName) || registry.Find(TenantName.Default) is { State: not TenantState.Uninitialized })
        {
            return;
        }
        try
        {
            var recipe = await recipes.ReadAsync(recipeName, cancellationToken);
            var portal = new Tenant { Name = TenantName.Default, DisplayName = recipe.DisplayName };
            await (registry.Find(TenantName.Default) is null
                ? setup.CreateAsync(portal, recipe, cancellationToken)
                : setup.SetupAsync(TenantName.Default, recipe, cancellationToken));
        }
        catch (Exception e) when (e is RecipeException or TenantException)
        {
            // The portal keeps running and answers 503 until someone fixes the recipe and restarts.
            logger.LogCritical("The portal could not be set up: {Problem}", e.Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
