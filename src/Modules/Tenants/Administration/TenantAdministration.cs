using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Recipes;

namespace Verkostoportaali.Tenants.Administration;

/// <summary>
/// The portal administrator's operations on sites, used by the admin pages and the ops commands alike, so that their
/// rules live here only. A refused operation returns a <see cref="TenantProblem"/> and changes nothing.
/// </summary>
public sealed class TenantAdministration(
    TenantRegistry registry, TenantSetup setup, NewTenantRules rules, TenantRemoval removal, TenantAudit audit)
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
            var recipe = plan.Recipe with { Steps = [.. plan.Recipe.Steps, FirstAdministratorStep.For(plan.Admin)] };
            var running = await setup.SetupAsync(added.Name, recipe, cancellationToken);
            await audit.RecordAsync(TenantAudit.Created, running);
            return new(running, []);
        }
        catch (Exception e)
        {
            // The setup logged the failure and deleted the data; the row goes too, so the name stays free.
            await DiscardAsync(added);
            if (e is OperationCanceledException)
            {
                throw;
            }
            return e.InnerException is AccountRefusedException refused
                ? new(null, [.. refused.Problems.Select(p => new TenantProblem(nameof(NewTenantInput.AdminUserName), p))])
                : Refused(nameof(NewTenantInput.Recipe), "The site could not be set up from the recipe: {0}", e.Message);
        }
    }

    /// <summary>Stops serving a running site: its pages answer 404 from the next request on.</summary>
    public Task<TenantProblem?> DisableAsync(string name, CancellationToken cancellationToken) =>
        MoveAsync(name, TenantState.Running, TenantState.Disabled, TenantAudit.Disabled, cancellationToken);

    public Task<TenantProblem?> EnableAsync(string name, CancellationToken cancellationToken) =>
        MoveAsync(name, TenantState.Disabled, TenantState.Running, TenantAudit.Enabled, cancellationToken);

    /// <summary>Removes a disabled site with its data; a running site is refused.</summary>
    public async Task<TenantProblem?> RemoveAsync(string name, CancellationToken cancellationToken)
    {
        var site = registry.Find(name);
        if (await removal.RemoveAsync(name, cancellationToken) is { } problem)
        {
            return problem;
        }
        await audit.RecordAsync(TenantAudit.Removed, site!);
        return null;
    }

    private static TenantProblem? Unchangeable(Tenant? tenant, string name) => tenant switch
    {
        null => new TenantProblem("", "There is no site named '{0}'.", name),
        { IsDefault: true } => new TenantProblem("", "The portal itself cannot be disabled."),
        _ => null,
    };

    private async Task<TenantProblem?> MoveAsync(string name, TenantState from, TenantState to, string action, CancellationToken cancellationToken)
    {
        var tenant = registry.Find(name);
        if (Unchangeable(tenant, name) is { } problem)
        {
            return problem;
        }
        if (tenant!.State == to)
        {
            return null;
        }
        if (tenant.State != from)
        {
            return new TenantProblem("", "The site '{0}' is not set up; remove it instead.", name);
        }
        // The registry swaps its snapshot before returning, so the next request already sees the new state.
        await audit.RecordAsync(action, await registry.UpdateAsync(tenant with { State = to }, cancellationToken));
        return null;
    }

    private async Task DiscardAsync(Tenant tenant)
    {
        if (await removal.DiscardAsync(tenant, CancellationToken.None) is { } problem)
        {
            throw new TenantException(problem.ToString());
        }
    }

    private static TenantCreation Refused(string field, string msgid, params object[] arguments) =>
        new(null, [new TenantProblem(field, msgid, arguments)]);
}
