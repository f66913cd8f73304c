using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.Extensions.DependencyInjection;

namespace Verkostoportaali.Core.Modules;

/// <summary>Adds modules one by one, in the order <c>Program.cs</c> names them.</summary>
public sealed class PortalBuilder(IServiceCollection services, ModuleCatalog catalog, IMvcBuilder mvc)
{
    /// <summary>The app's services, for what the app adds beside the kernel (<c>AddPoLocalization()</c>).</summary>
    public IServiceCollection Services => services;

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
