using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Verkostoportaali.Bench.Pages;

/// <summary>
/// The baseline: a minimal Kestrel app (<c>WebApplication.CreateSlimBuilder</c>, one <c>MapGet</c>) in the bench
/// process, on 127.0.0.1, answering every request with the same HTML string of a typical page's size.
/// </summary>
public sealed class FixedStringServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private FixedStringServer(WebApplication app, Uri address) => (this.app, Address) = (app, address);

    public Uri Address { get; }

    public static async Task<FixedStringServer> StartAsync(int bytes)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var page = Page(bytes);
        app.MapGet("/", () => Results.Text(page, "text/html; charset=utf-8"));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new FixedStringServer(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    // ASCII, so that characters and bytes are the same count.
    private static string Page(int bytes)
    {
        const string Line = "<p>Kylien palvelut ja maaseudun kehittaminen</p>\n";
        var text = new StringBuilder(bytes);
        while (text.Length < bytes)
        {
            text.Append(Line);
        }
        return text.ToString(0, bytes);
    }
}
