using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Modules;
using Verkostoportaali.Core.Recipes;
using Verkostoportaali.Tenants.Api;

namespace Verkostoportaali.Tenants;

/// <summary>The portal's view of its tenants: the tenant list API and the recipe step that creates tenants. Portal tenant only.</summary>
public sealed class TenantsModule() : Module(id: "Tenants", name: "Tenants", enabledByDefault: false)
{
    public override void ConfigureServices(IServiceCollection services) =>
        services.AddScoped<IRecipeStep, TenantsStep>();

    public override void MapEndpoints(IEndpointRouteBuilder routes) => routes.MapTenantsApi();
}
