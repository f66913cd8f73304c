using System.Globalization;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Mail.Tests;

/// <summary>A portal of its own that sends over SMTP to a real server; a failed mail is tried again within a second.</summary>
public sealed class SmtpPortal : IAsyncLifetime
{
    public SmtpPortal() => Host = PortalHost.OnDataFolder(NewDataPath(), "portal", new Dictionary<string, string>
    {
        ["Portal:Mail:Smtp:Host"] = "127.0.0.1",
        ["Portal:Mail:Smtp:Port"] = Smtp.Port.ToString(CultureInfo.InvariantCulture),
        ["Portal:Mail:Smtp:Security"] = "None",
        ["Portal:Mail:From"] = MailSite.From,
        ["Portal:Mail:FirstRetry"] = "00:00:00.2",
        ["Portal:Mail:LongestRetry"] = "00:00:01",
    });

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

/// <summary>The SMTP tests share one server, which one of them stops for a while: they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class SmtpCollection : ICollectionFixture<SmtpPortal>
{
    public const string Name = "Smtp";
}

/// <summary>The tests of .eml files share one portal that writes them.</summary>
[CollectionDefinition(Name)]
public sealed class EmlCollection : ICollectionFixture<EmlPortal>
{
    public const string Name = "Eml";
}

/// <summary>A portal of its own without SMTP settings, which writes mail as .eml files.</summary>
public sealed class EmlPortal : IAsyncLifetime
{
    public PortalHost Host { get; } = PortalHost.OnDataFolder(SmtpPortal.NewDataPath(), "portal");

    public Task InitializeAsync() => Host.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)Host).DisposeAsync();
}
