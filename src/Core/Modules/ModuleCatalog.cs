namespace Verkostoportaali.Core.Modules;

/// <summary>The modules named in <c>Program.cs</c>, in that order, and the rules for enabling them.</summary>
public sealed partial class ModuleCatalog
{
    private readonly List<Module> modules = [];
    // Every page asks; a changed tenant is a new record, so its links are made again.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<Tenancy.Tenant, IReadOnlyList<NavigationLink>> navigation = new();

    public IReadOnlyList<Module> Modules => modules;

    public IReadOnlyList<string> DefaultFeatures => [.. modules.Where(m => m.EnabledByDefault).Select(m => m.Id)];

    public Module? Find(string id) => modules.Find(m => m.Id == id);

    /// <summary>The main navigation of a tenant: the links of its enabled modules, in order.</summary>
    public IReadOnlyList<NavigationLink> NavigationFor(Tenancy.Tenant tenant) => navigation.GetValue(tenant, t => Links(t, m => m.PublicNavigation()));

    /// <summary>The admin dashboard's links for a tenant.</summary>
    public IReadOnlyList<NavigationLink> AdminNavigationFor(Tenancy.Tenant tenant) => Links(tenant, m => m.AdminNavigation());

    private IReadOnlyList<NavigationLink> Links(Tenancy.Tenant tenant, Func<Module, IEnumerable<NavigationLink>> links) =>
        [.. modules.Where(m => tenant.HasFeature(m.Id)).SelectMany(m => links(m).Select(l => l with { DeclaredBy = m.GetType() }))
            .OrderBy(l => l.Order)];

    internal void Add(Module module)
    {
        if (Find(module.Id) is not null)
        {
            throw new InvalidOperationException($"Module '{module.Id}' is added twice.");
        }
        var missing = module.DependsOn.Where(d => Find(d) is null).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"Module '{module.Id}' depends on {string.Join(", ", missing)}: add those modules before it in Program.cs.");
        }
        modules.Add(module);
    }

    /// <summary>The features plus everything they depend on; throws on an unknown feature id.</summary>
    public IReadOnlyList<string> WithDependencies(IEnumerable<string> features)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(features);
        while (pending.TryPop(out var id))
        {
            var module = Find(id) ?? throw new ArgumentException($"There is no feature '{id}'.", nameof(features));
            if (result.Add(id))
            {
                module.DependsOn.ToList().ForEach(pending.Push);
            }
        }
        return [.. modules.Select(m => m.Id).Where(result.Contains)];
    }
}
