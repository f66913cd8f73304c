using System.CommandLine;
using MimeKit;
using Verkostoportaali.Testing;
using Verkostoportaali.Users.Sites;

namespace Verkostoportaali.Mail.Tests;

/// <summary>A portal on a public base address that writes mail as .eml files, as a server run by the README's command would.</summary>
public sealed class BaseUrlPortal : IAsyncLifetime
{
    public const string BaseUrl = "https://" + PortalHost.PublicHostName;

    public PortalHost Host { get; } = PortalHost.OnDataFolder(SmtpPortal.NewDataPath(), "portal",
        new Dictionary<string, string> { ["Portal:BaseUrl"] = BaseUrl });

    public Task InitializeAsync() => Host.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)Host).DisposeAsync();
}

/// <summary><c>tenants invite</c> run as a script would: the invitation goes out through the site's outbox with links on the base address.</summary>
public sealed class InviteCommandTests(BaseUrlPortal portal) : IClassFixture<BaseUrlPortal>
{
    [Fact]
    public async Task The_command_invites_an_administrator_in_the_language_asked_with_links_on_the_base_address()
    {
        var site = await MailSite.CreateAsync(portal.Host, "olemassa", null, "Administrator");
        var folder = Path.Combine(portal.Host.DataPath, "Mail", site.Tenant.Name);
        var (output, error) = (new StringWriter(), new StringWriter());

        var exitCode = await new RootCommand { InviteCommand.Create(portal.Host.Services) }
            .Parse(["tenants", "invite", site.Tenant.Name, "--email", "skript@example.fi", "--language", "sv"])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        var file = await Eventually.ValueAsync(
            () => Task.FromResult(Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml").SingleOrDefault() : null), "an .eml file");
        var mail = await MimeMessage.LoadAsync(file);

        Assert.Equal((0, ""), (exitCode, error.ToString()));
        Assert.Contains("invited skript@example.fi as Administrator", output.ToString());
        Assert.Equal("skript@example.fi", mail.To.Mailboxes.Single().Address);
        Assert.Equal($"Inbjudan till {site.Tenant.DisplayName}", mail.Subject);
        Assert.Contains($"{BaseUrlPortal.BaseUrl}/{site.Tenant.Name}/sv/kutsu?user=", mail.TextBody);
    }
}
