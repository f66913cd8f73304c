using Verkostoportaali.Testing;

namespace Verkostoportaali.Mail.Tests;

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
