using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Core.Modules;

/// <summary>
/// Which module registered which service, so that the kernel runs a module's handlers, lookups and search mappers only
/// in tenants with its feature; and the start-up check that each module's contracts come from modules it depends on.
/// </summary>
public sealed partial class ModuleCatalog
{
    private readonly Dictionary<Type, Module> owners = [];
    private readonly HashSet<Type> optional = [];

    /// <summary>Contracts the kernel stands in for with a null implementation when no module provides them.</summary>
    public IReadOnlySet<Type> Optional => optional;

    /// <summary>Whether the service runs in the tenant: the kernel's always do, a module's where the tenant has its feature.</summary>
    public bool RunsIn(object service, Tenant tenant) => !owners.TryGetValue(service.GetType(), out var owner) || tenant.HasFeature(owner.Id);

    internal void AddOptional(Type contract) => optional.Add(contract);

    internal void Claim(Module module, IEnumerable<ServiceDescriptor> added)
    {
        // A factory registration (an interface resolved to a registered class) has no implementation type; the class's own one does.
        foreach (var type in added.SelectMany(d => new[] { d.ServiceType, d.ImplementationType }).OfType<Type>().Where(t => t.Assembly == module.GetType().Assembly))
        {
            owners.TryAdd(type, module);
        }
    }

    /// <summary>Throws, naming every problem, when a module needs a contract it cannot count on or uses one it does not declare.</summary>
    public void CheckContracts()
    {
        var provided = modules.SelectMany(m => m.Provides().Select(c => (Contract: c, Module: m))).ToLookup(p => p.Contract, p => p.Module);
        var problems = modules.SelectMany(m => NeedProblems(m, provided).Concat(UseProblems(m, provided))).ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The modules' contracts do not add up:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
        }
    }

    private IEnumerable<string> NeedProblems(Module module, ILookup<Type, Module> provided)
    {
        var reachable = WithDependencies([module.Id]);
        foreach (var contract in module.Needs().Where(c => !optional.Contains(c)))
        {
            var providers = provided[contract].ToList();
            if (providers.Count == 0)
            {
                yield return $"Module '{module.Id}' needs {contract.Name}, which no module provides.";
            }
            else if (!providers.Any(p => reachable.Contains(p.Id)))
            {
                yield return $"Module '{module.Id}' needs {contract.Name} from module '{providers[0].Id}', which is not among its dependencies.";
            }
        }
    }

    // What the module's classes take in their constructors or Razor @inject, among the contracts some module provides.
    private IEnumerable<string> UseProblems(Module module, ILookup<Type, Module> provided)
    {
        var declared = module.Needs().Concat(module.Provides()).ToHashSet();
        return from type in ClassesOf(module)
               from used in Injected(type)
               where (provided.Contains(used) || optional.Contains(used)) && !declared.Contains(used)
               select $"Module '{module.Id}' uses {used.Name} in {type.Name} without declaring it in Needs().";
    }

    // All of the module's assembly when the assembly is the module's alone; else the services it registered.
    private IEnumerable<Type> ClassesOf(Module module)
    {
        var assembly = module.GetType().Assembly;
        return modules.Count(m => m.GetType().Assembly == assembly) == 1
            ? assembly.GetTypes().Where(t => t.IsClass)
            : owners.Where(o => o.Value == module).Select(o => o.Key).Where(t => t.IsClass);
    }

    private static IEnumerable<Type> Injected(Type type) =>
        type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance).SelectMany(c => c.GetParameters()).Select(p => p.ParameterType)
            .Concat(type.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
                .Where(p => p.GetCustomAttributes().Any(a => a.GetType().Name == "RazorInjectAttribute")).Select(p => p.PropertyType))
            .Select(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IEnumerable<>) ? t.GetGenericArguments()[0] : t);
}
