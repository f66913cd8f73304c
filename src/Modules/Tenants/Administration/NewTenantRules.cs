using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Recipes;
using Verkostoportaali.Taxonomies;

namespace Verkostoportaali.Tenants.Administration;

/// <summary>What is created once a new site's input has passed every rule.</summary>
public sealed record NewTenantPlan(Tenant Tenant, Recipe Recipe, NewAccount Admin);

/// <summary>
/// The rules a new site must meet before anything is created; every field is checked, so the administrator sees all
/// problems at once. The registry checks names and addresses again when it adds the row, against a concurrent creation.
/// </summary>
public sealed class NewTenantRules(TenantRegistry registry, TenantScopes scopes, RecipeFiles recipes, TenantDataPaths paths, ReservedSegments reserved)
{
    public const int DisplayNameMaxLength = 200;
    public const int AccountFieldMaxLength = 256;
    public const string RegionsVocabulary = "regions";

    // These set up the portal itself (its admin account from configuration, the demo sites), not one more site.
    private static readonly string[] PortalRecipes = ["portal", "demo"];

    /// <summary>The recipes a new site can start from.</summary>
    public IReadOnlyList<string> Recipes => [.. recipes.Names.Except(PortalRecipes, StringComparer.Ordinal)];

    /// <summary>The recipes a new site can start from, read, for their names and descriptions.</summary>
    public async Task<IReadOnlyList<Recipe>> RecipeChoicesAsync(CancellationToken cancellationToken)
    {
        var read = new List<Recipe>();
        foreach (var name in Recipes)
        {
            read.Add(await recipes.ReadAsync(name, cancellationToken));
        }
        return read;
    }

    /// <summary>The regions a site can belong to: the portal's regions vocabulary.</summary>
    public async Task<IReadOnlyList<Term>> RegionsAsync(CancellationToken cancellationToken)
    {
        await using var scope = PortalScope();
        return await scope.ServiceProvider.GetRequiredService<Vocabularies>().TermsAsync(RegionsVocabulary, cancellationToken);
    }

    public async Task<(NewTenantPlan? Plan, IReadOnlyList<TenantProblem> Problems)> CheckAsync(
        NewTenantInput input, CancellationToken cancellationToken)
    {
        var name = input.Name?.Trim() ?? "";
        var host = string.IsNullOrWhiteSpace(input.HostName) ? null : input.HostName.Trim().ToLowerInvariant();
        var prefix = string.IsNullOrWhiteSpace(input.UrlPrefix) ? (host is null ? name : null) : input.UrlPrefix.Trim().Trim('/').ToLowerInvariant();
        var region = await RegionAsync(input.Region, cancellationToken);
        List<TenantProblem> problems =
        [
            .. NameProblems(name),
            .. DisplayNameProblems(input.DisplayName?.Trim()),
            .. PrefixProblems(prefix, name),
            .. HostProblems(host),
            .. region.Problems,
            .. AdminProblems(input),
            .. await PasswordProblemsAsync(input.AdminPassword, cancellationToken),
        ];
        var recipe = await RecipeAsync(input.Recipe, problems, cancellationToken);
        if (problems.Count > 0 || recipe is null)
        {
            return (null, problems);
        }
        var tenant = new Tenant
        {
            Name = name,
            DisplayName = input.DisplayName!.Trim(),
            UrlPrefix = prefix,
            HostNames = host is null ? [] : [host],
            Region = region.Id,
            ListedInPortalSearch = input.ListedInPortalSearch,
        };
        var admin = new NewAccount(input.AdminUserName!.Trim(), input.AdminEmail!.Trim(), input.AdminPassword!, [PortalRoles.Administrator]);
        return (new NewTenantPlan(tenant, recipe, admin), []);
    }

    private IEnumerable<TenantProblem> NameProblems(string name)
    {
        const string Field = nameof(NewTenantInput.Name);
        if (name.Length == 0)
        {
            return [new TenantProblem(Field, "Enter a name for the site.")];
        }
        if (SlugProblem(Field, name) is { } problem)
        {
            return [problem];
        }
        if (registry.Find(name) is not null)
        {
            return [new TenantProblem(Field, "A site named '{0}' exists already.", name)];
        }
        return Directory.Exists(paths.SiteFolder(name))
            ? [new TenantProblem(Field, "Data of an earlier site named '{0}' is still on disk at {1}; delete it first.", name, paths.SiteFolder(name))]
            : [];
    }

    // The rules themselves are the kernel's (TenantName, ReservedSegments); here they only pick a message a person can act on.
    private TenantProblem? SlugProblem(string field, string slug) =>
        TenantName.Problem(slug) is not null
            ? new TenantProblem(field, "Use 1 to 63 lowercase letters a–z, digits and hyphens, with no hyphen at the start or end.")
        : reserved.Contains(slug) ? new TenantProblem(field, "'{0}' is reserved for the portal's own addresses; choose another.", slug)
        : null;

    private static IEnumerable<TenantProblem> DisplayNameProblems(string? displayName)
    {
        const string Field = nameof(NewTenantInput.DisplayName);
        if (string.IsNullOrEmpty(displayName))
        {
            return [new TenantProblem(Field, "Enter the site's name as visitors see it.")];
        }
        return displayName.Length > DisplayNameMaxLength
            ? [new TenantProblem(Field, "The display name can be at most {0} characters long.", DisplayNameMaxLength)]
            : [];
    }

    private IEnumerable<TenantProblem> PrefixProblems(string? prefix, string name)
    {
        // A prefix taken from an invalid name is reported once, on the name.
        const string Field = nameof(NewTenantInput.UrlPrefix);
        if (prefix is null || (prefix == name && SlugProblem(Field, name) is not null))
        {
            return [];
        }
        if (SlugProblem(Field, prefix) is { } problem)
        {
            return [problem];
        }
        return registry.All.FirstOrDefault(t => t.UrlPrefix == prefix) is { } owner
            ? [new TenantProblem(Field, "The address /{0}/ is used by the site '{1}'.", prefix, owner.Name)]
            : [];
    }

    private IEnumerable<TenantProblem> HostProblems(string? host)
    {
        const string Field = nameof(NewTenantInput.HostName);
        if (host is null)
        {
            return [];
        }
        if (Uri.CheckHostName(host) != UriHostNameType.Dns || !host.Contains('.', StringComparison.Ordinal))
        {
            return [new TenantProblem(Field, "Enter a host name such as kylat.example.fi, without http:// or a path.")];
        }
        return registry.All.FirstOrDefault(t => t.HostNames.Contains(host)) is { } owner
            ? [new TenantProblem(Field, "The host name {0} is used by the site '{1}'.", host, owner.Name)]
            : [];
    }

    private async Task<(string? Id, IReadOnlyList<TenantProblem> Problems)> RegionAsync(string? wanted, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(wanted))
        {
            return (null, []);
        }
        var term = (await RegionsAsync(cancellationToken)).FirstOrDefault(t =>
            string.Equals(t.Id, wanted.Trim(), StringComparison.OrdinalIgnoreCase) || TermNames.Matches(t.Name, wanted));
        return term is null
            ? (null, [new TenantProblem(nameof(NewTenantInput.Region), "Choose a region from the list.")])
            : (term.Id, []);
    }

    private static IEnumerable<TenantProblem> AdminProblems(NewTenantInput input)
    {
        var userName = input.AdminUserName?.Trim();
        var email = input.AdminEmail?.Trim();
        if (string.IsNullOrEmpty(userName))
        {
            yield return new TenantProblem(nameof(NewTenantInput.AdminUserName), "Enter the user name of the site's first administrator.");
        }
        else if (userName.Length > AccountFieldMaxLength)
        {
            yield return new TenantProblem(nameof(NewTenantInput.AdminUserName), "The user name can be at most {0} characters long.", AccountFieldMaxLength);
        }
        if (string.IsNullOrEmpty(email))
        {
            yield return new TenantProblem(nameof(NewTenantInput.AdminEmail), "Enter the administrator's e-mail address.");
        }
        else if (email.Length > AccountFieldMaxLength || !new EmailAddressAttribute().IsValid(email))
        {
            yield return new TenantProblem(nameof(NewTenantInput.AdminEmail), "Enter an e-mail address in the form name@example.fi.");
        }
    }

    // Checked before anything is created: a weak password must not leave a site without its administrator.
    private async Task<IReadOnlyList<TenantProblem>> PasswordProblemsAsync(string? password, CancellationToken cancellationToken)
    {
        const string Field = nameof(NewTenantInput.AdminPassword);
        if (string.IsNullOrEmpty(password))
        {
            return [new TenantProblem(Field, "Enter a password for the administrator.")];
        }
        await using var scope = PortalScope();
        var complaints = await scope.ServiceProvider.GetRequiredService<ITenantAccounts>().CheckPasswordAsync(password, cancellationToken);
        return [.. complaints.Select(c => new TenantProblem(Field, c))];
    }

    private async Task<Recipe?> RecipeAsync(string? name, List<TenantProblem> problems, CancellationToken cancellationToken)
    {
        const string Field = nameof(NewTenantInput.Recipe);
        if (string.IsNullOrWhiteSpace(name) || !Recipes.Contains(name.Trim()))
        {
            problems.Add(new TenantProblem(Field, "Choose a recipe from the list."));
            return null;
        }
        try
        {
            return await recipes.ReadAsync(name.Trim(), cancellationToken);
        }
        catch (RecipeException e)
        {
            problems.Add(new TenantProblem(Field, "The recipe cannot be read: {0}", e.Message));
            return null;
        }
    }

    // Password rules and regions are the same for every tenant; the portal's scope answers for them.
    private AsyncServiceScope PortalScope() =>
        scopes.Create(registry.Find(TenantName.Default) ?? throw new TenantException("The portal is not set up yet."));
}
