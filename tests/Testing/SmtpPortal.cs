using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Verkostoportaali.Testing;

/// <summary>A portal of its own that sends over SMTP to a real server; a failed mail is tried again within a second.</summary>
public class SmtpPortal : IAsyncLifetime
{
    public const string From = "portaali@verkosto.example";

    public SmtpPortal() : this(_ => { })
    {
    }

    /// <summary>A portal with services of the test's own, added after the portal's.</summary>
    protected SmtpPortal(Action<IServiceCollection> services) => Host = PortalHost.OnDataFolder(NewDataPath(), "portal", new Dictionary<string, string>
    {
        ["Portal:Mail:Smtp:Host"] = "127.0.0.1",
        ["Portal:Mail:Smtp:Port"] = Smtp.Port.ToString(CultureInfo.InvariantCulture),
        ["Portal:Mail:Smtp:Security"] = "None",
        ["Portal:Mail:From"] = From,
        ["Portal:Mail:FirstRetry"] = "00:00:00.2",
        ["Portal:Mail:LongestRetry"] = "00:00:01",
    }, services);

    public SmtpServer Smtp { get; } = new();

    public PortalHost Host { get; }

    public async Task InitializeAsync()
    {
        await Smtp.StartAsync();
        await Host.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)Host).DisposeAsync();
        Smtp.Dispose();
    }

    public static string NewDataPath() => Path.Combine(Path.GetTempPath(), "vp-mail-" + Guid.NewGuid().ToString("N"));
}
