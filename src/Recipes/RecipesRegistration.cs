using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Modules;

namespace Verkostoportaali.Recipes;

/// <summary><c>builder.AddKernel().AddRecipes()</c>: tenants, the portal among them, are set up from recipe files.</summary>
public static class RecipesRegistration
{
    public static PortalBuilder AddRecipes(this PortalBuilder portal)
    {
        portal.Services.AddSingleton<RecipeFiles>()
            .AddScoped<RecipeRunner>()
            .AddScoped<IRecipeStep, FeaturesStep>()
            .AddScoped<IRecipeStep, ContentDefinitionStep>()
            .AddScoped<IRecipeStep, ContentStep>()
            .AddScoped<IRecipeStep, SettingsStep>()
            .AddSingleton<TenantSetup>()
            .AddHostedService<PortalSetupService>();
        return portal;
    }
}
