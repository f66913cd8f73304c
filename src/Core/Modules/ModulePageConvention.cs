using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Verkostoportaali.Core.Modules;

/// <summary>Marks each Razor Page with the module whose assembly holds it, so the feature gate can 404 it.</summary>
internal sealed class ModulePageConvention(ModuleCatalog catalog) : IPageApplicationModelConvention
{
    public void Apply(PageApplicationModel model)
    {
        var assembly = model.HandlerType.Assembly;
        if (catalog.Modules.FirstOrDefault(m => m.GetType().Assembly == assembly) is { } module)
        {
            model.EndpointMetadata.Add(new ModuleFeature(module.Id));
        }
    }
}
