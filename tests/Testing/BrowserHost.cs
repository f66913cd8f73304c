using Xunit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Verkostoportaali.Testing;

/// <summary>
/// The demo portal (a copy of <see cref="DemoDataFolder"/>) on a real Kestrel port on loopback, Debian's headless Chromium driven by Playwright, and a real SMTP
/// server that the portal's mail goes to (a failed mail is tried again within a second).
/// </summary>
public sealed class BrowserHost : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string dataPath = Path.Combine(Path.GetTempPath(), "vp-browser-" + Guid.NewGuid().ToString("N"));
    private IPlaywright? playwright;

    public const string AdminUser = DemoDataFolder.AdminUser;
    public const string AdminPassword = DemoDataFolder.AdminPassword;

    /// <summary>The portal's data folder.</summary>
    public string DataPath => dataPath;

    public IBrowser Browser { get; private set; } = null!;
    public SmtpServer Smtp { get; } = new();
    public Uri BaseAddress { get; private set; } = null!;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        DemoDataFolder.Configure(builder, dataPath);
        builder.UseSetting("Portal:Mail:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Portal:Mail:Smtp:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Portal:Mail:Smtp:Security", "None");
        // The demo sites' seed addresses are real people's, but this server is the test's own and delivers nowhere.
        builder.UseSetting("Portal:Mail:SendFromDemoSites", "true");
        builder.UseSetting("Portal:Mail:FirstRetry", "00:00:00.2");
        builder.UseSetting("Portal:Mail:LongestRetry", "00:00:01");
        // Map tiles from a host that never answers: tests need no internet, and the map's pages must work without tiles.
        builder.UseSetting("Portal:Map:TileUrl", "https://tiles.invalid/{z}/{x}/{y}.png");
    }

    public async Task InitializeAsync()
    {
        await DemoDataFolder.CopyToAsync(dataPath);
        await Smtp.StartAsync();
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseAddress = new Uri(addresses.Addresses.First());

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            // Playwright's own browser download is not reachable here; Debian's chromium is (apt package chromium).
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>Opens <paramref name="url"/> signed out, which leads to the login form; signing in returns to the page.</summary>
    public static async Task LogInAsync(IPage page, string url, string userName)
    {
        await page.GotoAsync(url);
        await page.Locator("#Input_UserName").FillAsync(userName);
        await page.Locator("#Input_Password").FillAsync(TenantUsers.Password);
        var landing = await BrowserLogin.SubmitAsync(page, page.Locator("form.form button[type=submit]"));
        if (!landing.Url.EndsWith(url, StringComparison.Ordinal))
        {
            throw new LoginFailedException($"The login led to {landing.Url}, not back to {url}.");
        }
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright?.Dispose();
        await DisposeAsync();
        Smtp.Dispose();
        DataFolders.Delete(dataPath);
    }
}
