using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.Extensions.DependencyInjection;

namespace Verkostoportaali.Core.Modules;

/// <summary>Adds modules one by one, in the order <c>Program.cs</c> names them.</summary>
public sealed class PortalBuilder(IServiceCollection services, ModuleCatalog catalog, IMvcBuilder mvc)
{
    /// <summary>The app's services, for what the app adds beside the kernel (<c>AddRecipes()</c>).</summary>
    public IServiceCollection Services => services;

    /// <summary>
    /// A contract that modules may provide (<see cref="Module.Provides"/>) and the kernel stands in for with
    /// <typeparamref name="TNull"/> where none does: registered before the modules, whose own DI then resolves instead.
    /// </summary>
    public PortalBuilder AddOptionalContract<TContract, TNull>() where TContract : class where TNull : class, TContract
    {
        catalog.AddOptional(typeof(TContract));
        services.AddScoped<TContract, TNull>();
        return this;
    }

    public PortalBuilder AddModule<TModule>() where TModule : Module, new()
    {
        var module = new TModule();
        catalog.Add(module);
        var before = services.Count;
        module.ConfigureServices(services);
        catalog.Claim(module, services.Skip(before));
        var assembly = typeof(TModule).Assembly;
        if (!mvc.PartManager.ApplicationParts.OfType<AssemblyPart>().Any(p => p.Assembly == assembly))
        {
            mvc.AddApplicationPart(assembly);
        }
        return this;
    }
}
