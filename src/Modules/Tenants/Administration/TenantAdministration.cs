using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Tenants.Administration;

/// <summary>
/// The portal administrator's operations on sites, used by the admin pages and the ops commands alike, so that their
/// rules live here only. A refused operation returns a <see cref="TenantProblem"/> and changes nothing.
/// </summary>
public sealed class TenantAdministration(
    TenantRegistry registry, TenantSetup setup, TenantScopes scopes, NewTenantRules rules, TenantRemoval removal)
{
    public NewTenantRules Rules => rules;

    /// <summary>Creates the site from its recipe and its first administrator; on any failure nothing is left behind.</summary>
    public async Task<TenantCreation> CreateAsync(NewTenantInput input, CancellationToken cancellationToken)
    {
        var (plan, problems) = await rules.CheckAsync(input, cancellationToken);
        if (plan is null)
        {
            return new(null, problems);
        }
        Tenant added;
        try
        {
            added = await registry.AddAsync(plan.Tenant with { State = TenantState.Uninitialized, Recipe = plan.Recipe.Name }, cancellationToken);
        }
        catch (TenantException e)
        {
            // Another administrator took the name or address after the rules were checked.
            return Refused("", "The site could not be created: {0}", e.Message);
        }
        try
        {
            var running = await setup.SetupAsync(added.Name, plan.Recipe, cancellationToken);
            var accountProblems = await CreateAdminAsync(running, plan.Admin, cancellationToken);
            if (accountProblems.Count == 0)
            {
                return new(running, []);
            }
            await DiscardAsync(running);
            return new(null, [.. accountProblems.Select(p => new TenantProblem(nameof(NewTenantInput.AdminUserName), p))]);
        }
        catch (Exception e)
        {
            // The setup logged the failure and deleted the data; the row goes too, so the name stays free.
            await DiscardAsync(added);
            if (e is OperationCanceledException)
            {
                throw;
            }
            return Refused(nameof(NewTenantInput.Recipe), "The site could not be set up from the recipe: {0}", e.Message);
        }
    }

    public async Task<TenantProblem?> DisableAsync(string name, CancellationToken cancellationToken)
    {
        var tenant = registry.Find(name);
        if (Unchangeable(tenant, name) is { } problem)
        {
            return problem;
        }
        return tenant!.State switch
        {
            TenantState.Disabled => null,
            TenantState.Running => await UpdateStateAsync(tenant, TenantState.Disabled, cancellationToken),
            _ => new("", "The site '{0}' is not set up; remove it instead.", name),
        };
    }

    public async Task<TenantProblem?> EnableAsync(string name, CancellationToken cancellationToken)
    {
        var tenant = registry.Find(name);
        if (Unchangeable(tenant, name) is { } problem)
        {
            return problem;
        }
        return tenant!.State switch
        {
            TenantState.Running => null,
            TenantState.Disabled => await UpdateStateAsync(tenant, TenantState.Running, cancellationToken),
            _ => new("", "The site '{0}' is not set up; remove it instead.", name),
        };
    }

    /// <summary>Removes a disabled site with its data; a running site is refused.</summary>
    public Task<TenantProblem?> RemoveAsync(string name, CancellationToken cancellationToken) => removal.RemoveAsync(name, cancellationToken);

    private static TenantProblem? Unchangeable(Tenant? tenant, string name) => tenant switch
    {
        null => new("", "There is no site named '{0}'.", name),
        { IsDefault: true } => new("", "The portal itself cannot be disabled."),
        _ => null,
    };

    private async Task<TenantProblem?> UpdateStateAsync(Tenant tenant, TenantState state, CancellationToken cancellationToken)
    {
        // The registry swaps its snapshot before returning, so the next request already sees the new state.
        await registry.UpdateAsync(tenant with { State = state }, cancellationToken);
        return null;
    }

    private async Task<IReadOnlyList<string>> CreateAdminAsync(Tenant tenant, NewAccount admin, CancellationToken cancellationToken)
    {
        await using var scope = scopes.Create(tenant);
        return await scope.ServiceProvider.GetRequiredService<ITenantAccounts>().CreateAsync(admin, cancellationToken);
    }

    private async Task DiscardAsync(Tenant tenant)
    {
        // Stop serving it first: a running site's pages answer 503 while its data goes.
        if (registry.Find(tenant.Name) is { State: TenantState.Running } running)
        {
            await registry.UpdateAsync(running with { State = TenantState.Uninitialized }, CancellationToken.None);
        }
        if (await removal.DiscardAsync(tenant, CancellationToken.None) is { } problem)
        {
            throw new TenantException(problem.ToString());
        }
    }

    private static TenantCreation Refused(string field, string message, params object[] arguments) =>
        new(null, [new TenantProblem(field, message, arguments)]);
}
