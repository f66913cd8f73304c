using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Verkostoportaali.Contents;
using Verkostoportaali.Core;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Recipes;
using Verkostoportaali.Web;
using Xunit;

namespace Verkostoportaali.Testing;

/// <summary>
/// The real portal composition over a temporary data folder, started without a server.
/// Shared by the tests of one class; each test makes its own tenant, so no test depends on another.
/// </summary>
public class TestPortal : IAsyncLifetime
{
    // Article is the everyday routable type; Note carries TagsPart, whose rows go to a lookup table.
    public const string ContentRecipe = """
        {
          "name": "content",
          "steps": [
            {
              "name": "ContentDefinition",
              "types": [
                { "name": "Article", "label": { "fi": "Artikkeli" }, "parts": ["TitlePart", "BodyPart", "AutoroutePart"] },
                { "name": "Note", "label": { "fi": "Muistiinpano" }, "parts": ["TitlePart", "TagsPart"], "routable": false }
              ]
            }
          ]
        }
        """;

    private static int tenantCount;
    private readonly string root = Path.Combine(Path.GetTempPath(), "verkostoportaali-core-tests", Guid.NewGuid().ToString("N"));
    private WebApplication? app;

    public IServiceProvider Services => app?.Services ?? throw new InvalidOperationException("The portal has not started.");

    public TenantRegistry Registry => Services.GetRequiredService<TenantRegistry>();

    public TenantSetup Setup => Services.GetRequiredService<TenantSetup>();

    public TenantDataPaths Paths => Services.GetRequiredService<TenantDataPaths>();

    public string RecipesFolder => Path.Combine(root, "recipes");

    /// <summary>A builder configured like the real host, pointing at <paramref name="folder"/> for data and recipes.</summary>
    public static WebApplicationBuilder CreateBuilder(string folder)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing", ContentRootPath = folder });
        builder.Logging.ClearProviders();
        builder.Configuration["Portal:DataPath"] = Path.Combine(folder, "data");
        builder.Configuration["Portal:SetupRecipe"] = "";
        builder.Configuration["Portal:RecipesPath"] = Path.Combine(folder, "recipes");
        return builder;
    }

    public static string UniqueName(string stem) => $"{stem}-{Interlocked.Increment(ref tenantCount)}";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(RecipesFolder);
        var builder = CreateBuilder(root);
        await ConfigureDatabaseAsync(builder.Configuration);
        builder.AddPortal()
            .AddModule<ContentsModule>()
            .AddModule<TestingModule>()
            .AddModule<PlacesModule>()
            .AddModule<TripsModule>();
        app = builder.Build();
        // What UsePortal maps, but the static files, whose manifest only the Web project's build writes: the modules' own
        // addresses are what the reserved segments (slugs, tenant names) are read from.
        app.MapRazorPages();
        app.MapModules();
        // What the host runs before taking requests: creates the host database and loads the registry.
        var startup = app.Services.GetServices<IHostedService>().OfType<HostStartup>().Single();
        await startup.StartAsync(CancellationToken.None);
    }

    /// <summary>Where the data lives besides the data folder: nothing on SQLite, a database of its own on PostgreSQL.</summary>
    protected virtual Task ConfigureDatabaseAsync(IConfiguration configuration) => Task.CompletedTask;

    public void WriteRecipe(string name, string json) =>
        File.WriteAllText(Path.Combine(RecipesFolder, name + ".recipe.json"), json);

    public static Recipe Recipe(string json) => RecipeFiles.Parse(json, "test.recipe.json");

    /// <summary>Adds a tenant served at <c>/{name}/</c> and sets it up from the recipe.</summary>
    public Task<Tenant> CreateTenantAsync(string recipeJson = ContentRecipe) =>
        Setup.CreateAsync(NewTenant(), Recipe(recipeJson));

    public static Tenant NewTenant()
    {
        var name = UniqueName("site");
        return new Tenant { Name = name, UrlPrefix = name };
    }

    public AsyncServiceScope Scope(Tenant tenant) => Services.GetRequiredService<TenantScopes>().Create(tenant);

    /// <summary>A new tenant with <see cref="ContentRecipe"/>'s types, and a scope in it.</summary>
    public async Task<AsyncServiceScope> ContentScopeAsync() => Scope(await CreateTenantAsync());

    public static Tenant TenantOf(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<TenantContext>().Tenant;

    public static ContentManager Content(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<ContentManager>();

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
        DataFolders.Delete(root);
    }
}
