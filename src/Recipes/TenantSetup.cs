using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Data;

namespace Verkostoportaali.Recipes;

/// <summary>
/// Sets a tenant up from a recipe. Either the whole recipe runs and the tenant is Running, or its data folder
/// is deleted and it stays Uninitialized: no half-set-up tenant is left behind.
/// </summary>
public sealed class TenantSetup(TenantRegistry registry, TenantScopes scopes, TenantDataPaths paths, TenantMigrations migrations,
    PortalDatabase database, ILogger<TenantSetup> logger)
{
    /// <summary>Adds a new tenant to the registry and sets it up.</summary>
    public async Task<Tenant> CreateAsync(Tenant tenant, Recipe recipe, CancellationToken cancellationToken = default)
    {
        await registry.AddAsync(tenant with { State = TenantState.Uninitialized, Recipe = recipe.Name }, cancellationToken);
        return await SetupAsync(tenant.Name, recipe, cancellationToken);
    }

    public async Task<Tenant> SetupAsync(string tenantName, Recipe recipe, CancellationToken cancellationToken = default)
    {
        var tenant = registry.Find(tenantName) ?? throw new TenantException($"There is no tenant named '{tenantName}'.");
        if (tenant.State is not TenantState.Uninitialized)
        {
            throw new TenantException($"Tenant '{tenantName}' is {tenant.State}; only an uninitialized tenant can be set up.");
        }
        await using var scope = scopes.Create(tenant);
        var runner = scope.ServiceProvider.GetRequiredService<RecipeRunner>();
        var steps = await runner.ParseAsync(recipe, cancellationToken);

        tenant = await registry.UpdateAsync(tenant with { State = TenantState.Initializing, Recipe = recipe.Name }, cancellationToken);
        try
        {
            Directory.CreateDirectory(paths.SiteFolder(tenant.Name));
            await migrations.EnsureCurrentAsync(tenant, cancellationToken);
            var features = await runner.RunAsync(recipe, steps, tenant, cancellationToken);
            tenant = await registry.UpdateAsync(tenant with { State = TenantState.Running, Features = features }, cancellationToken);
            logger.LogInformation("Tenant {Tenant} is set up from recipe {Recipe}.", tenant.Name, recipe.Name);
            return tenant;
        }
        catch (Exception e)
        {
            logger.LogError(e, "Setting up tenant {Tenant} from recipe {Recipe} failed; its data is removed.", tenant.Name, recipe.Name);
            try
            {
                await ResetAsync(tenant, CancellationToken.None);
            }
            catch (Exception cleanup)
            {
                // The setup error is the one to report; a failed cleanup is logged, and a restart retries it.
                logger.LogError(cleanup, "Removing the data of tenant {Tenant} failed.", tenant.Name);
            }
            throw;
        }
    }

    /// <summary>Deletes a tenant's data (its folder, and its schema on PostgreSQL) and marks it Uninitialized, so setup can start over.</summary>
    public async Task ResetAsync(Tenant tenant, CancellationToken cancellationToken)
    {
        await DeleteDataAsync(tenant.Name, cancellationToken);
        await registry.UpdateAsync(tenant with { State = TenantState.Uninitialized, Features = [] }, cancellationToken);
    }

    public async Task DeleteDataAsync(string tenantName, CancellationToken cancellationToken)
    {
        await database.DropTenantAsync(tenantName, cancellationToken);
        var folder = paths.SiteFolder(tenantName);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        migrations.Forget(tenantName);
    }
}
