using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Recipes;
using Xunit;

namespace Verkostoportaali.Testing;

/// <summary>One in-process portal, set up from the demo recipe in its own temp data folder, shared by all integration tests.</summary>
public sealed class PortalHost : WebApplicationFactory<Program>, IAsyncLifetime
{
    // A site with one routable type; each test makes its own tenant from it.
    private const string SiteRecipe = """
        { "name": "test-site", "steps": [
            { "name": "Features", "enable": ["Contents"] },
            { "name": "ContentDefinition", "types": [
                { "name": "Page", "label": { "fi": "Sivu", "sv": "Sida", "en": "Page" },
                  "parts": ["TitlePart", "BodyPart", "AutoroutePart"] } ] } ] }
        """;

    private readonly string dataPath;
    private readonly string setupRecipe;
    private readonly IReadOnlyDictionary<string, string> settings;
    private readonly Action<IServiceCollection>? services;
    private readonly bool demoCopy;

    /// <summary>A portal on a copy of the set-up demo (<see cref="DemoDataFolder"/>).</summary>
    public PortalHost() : this(Path.Combine(Path.GetTempPath(), "vp-integration-" + Guid.NewGuid().ToString("N")), "demo") =>
        demoCopy = true;

    // Private: xUnit creates a fixture through its only public constructor.
    private PortalHost(string dataPath, string setupRecipe, IReadOnlyDictionary<string, string>? settings = null,
        Action<IServiceCollection>? services = null) =>
        (this.dataPath, this.setupRecipe, this.settings, this.services) = (dataPath, setupRecipe, settings ?? new Dictionary<string, string>(), services);

    /// <summary>
    /// A portal of its own on <paramref name="dataPath"/>, set up from <paramref name="setupRecipe"/> when the folder is empty;
    /// a second one on the same folder with an empty recipe is the same portal started again.
    /// </summary>
    public static PortalHost OnDataFolder(string dataPath, string setupRecipe) => new(dataPath, setupRecipe);

    /// <summary>Like <see cref="OnDataFolder(string, string)"/>, with configuration settings of the test's own.</summary>
    public static PortalHost OnDataFolder(string dataPath, string setupRecipe, IReadOnlyDictionary<string, string> settings) =>
        new(dataPath, setupRecipe, settings);

    /// <summary>Like <see cref="OnDataFolder(string, string, IReadOnlyDictionary{string, string})"/>, with services of the test's own added last.</summary>
    public static PortalHost OnDataFolder(string dataPath, string setupRecipe, IReadOnlyDictionary<string, string> settings,
        Action<IServiceCollection> services) => new(dataPath, setupRecipe, settings, services);

    public const string AdminUser = DemoDataFolder.AdminUser;
    public const string AdminPassword = DemoDataFolder.AdminPassword;

    public string DataPath => dataPath;

    /// <summary>What the portal logged at Warning and above.</summary>
    public LogCapture Log { get; } = new(LogLevel.Warning);

    /// <summary>
    /// Login attempts per address and tenant in the login rate limit's window. In-process requests have no address, so
    /// all tests share one limit per tenant: the portal tenant, where many tests log in, needs more than the default.
    /// </summary>
    public const int LoginAttemptsPerWindow = 200;

    public const string PublicHostName = "portaali.example";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Portal:DataPath", dataPath);
        builder.UseSetting("Portal:SetupRecipe", setupRecipe);
        builder.UseSetting("Portal:AdminUser", AdminUser);
        builder.UseSetting("Portal:AdminPassword", AdminPassword);
        // A public-looking name besides localhost, for what the portal does only for such names (HSTS).
        builder.UseSetting("Portal:AllowedHosts:0", PublicHostName);
        builder.UseSetting("Portal:LoginRateLimit:PermitLimit", LoginAttemptsPerWindow.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // In-process requests have no address: every test's open-data requests to a site count as one client's.
        builder.UseSetting("Portal:Api:RateLimit:PermitLimit", "1000000");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureLogging(logging => logging.AddProvider(Log));
        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
    }

    /// <summary>A new running tenant with a unique name, reached at <c>/{name}/</c>, set up with a Page type.</summary>
    public Task<Tenant> CreateSiteAsync(Func<Tenant, Tenant>? adjust = null) => CreateSiteAsync(SiteRecipe, adjust);

    /// <summary>A new running tenant set up from recipe JSON, which may include the app's recipes by name
    /// (e.g. <c>{ "name": "Recipes", "run": ["leader-group"] }</c>).</summary>
    public async Task<Tenant> CreateSiteAsync(string recipeJson, Func<Tenant, Tenant>? adjust = null)
    {
        var name = "t-" + Guid.NewGuid().ToString("N")[..12];
        var tenant = new Tenant { Name = name, DisplayName = "Testisivusto " + name, UrlPrefix = name };
        var setup = Services.GetRequiredService<TenantSetup>();
        return await setup.CreateAsync(adjust?.Invoke(tenant) ?? tenant, RecipeFiles.Parse(recipeJson, "test-site.recipe.json"));
    }

    /// <summary>Runs <paramref name="action"/> with a service of the tenant's scope.</summary>
    public async Task<TResult> InTenantAsync<TService, TResult>(Tenant tenant, Func<TService, Task<TResult>> action)
        where TService : notnull
    {
        await using var scope = Services.GetRequiredService<TenantScopes>().Create(tenant);
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>Adds a Page to the tenant, published or as a draft.</summary>
    public async Task<ContentItem> AddPageAsync(Tenant tenant, string title, string html, bool publish)
    {
        await using var scope = Services.GetRequiredService<TenantScopes>().Create(tenant);
        var content = scope.ServiceProvider.GetRequiredService<ContentManager>();
        var page = await content.NewAsync("Page");
        page.Apply(new TitlePart(title)).Apply(new BodyPart(html)).Apply(new AutoroutePart());
        await content.CreateAsync(page, publish);
        return page;
    }

    /// <summary>A client that follows no redirects, signed in as a new user of the tenant with the role.</summary>
    public async Task<HttpClient> SignedInAsync(string tenant, string role = "Administrator")
    {
        var userName = "user-" + Guid.NewGuid().ToString("N")[..8];
        await TenantUsers.AddAsync(Services, Services.GetRequiredService<TenantRegistry>().Find(tenant)!, userName, role);
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await TenantUsers.LogInAsync(client, tenant == TenantName.Default ? "/" : $"/{tenant}/", userName);
        return client;
    }

    public async Task InTenantAsync(Tenant tenant, Func<ContentManager, Task> action)
    {
        await using var scope = Services.GetRequiredService<TenantScopes>().Create(tenant);
        await action(scope.ServiceProvider.GetRequiredService<ContentManager>());
    }

    public async Task InitializeAsync()
    {
        if (demoCopy)
        {
            await DemoDataFolder.CopyToAsync(dataPath);
        }
        _ = Server; // starts the host, which runs the setup recipe on an empty data folder before the first request
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        DataFolders.Delete(dataPath);
    }
}
