using Verkostoportaali.Testing;

namespace Verkostoportaali.Browser.Tests;

/// <summary>
/// The widgets on another site's page, in Chromium: a page of another origin (localhost, where the portal is 127.0.0.1,
/// served by the browser's router) includes the script and the frame, as a member organisation's page would.
/// </summary>
public sealed class WidgetEmbedTests(BrowserHost host) : IClassFixture<BrowserHost>, IAsyncLifetime
{
    public Task InitializeAsync() => DemoSearchIndexes.WhenBuiltAsync(host.Services);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Script_and_frame_show_a_sites_projects_on_a_page_of_another_origin()
    {
        var portal = host.BaseAddress.GetLeftPart(UriPartial.Authority);
        using var otherSite = OtherSite.Serve($"""
            <!DOCTYPE html>
            <html lang="fi"><head><meta charset="utf-8"><title>Kylän sivut</title></head>
            <body><main><h1>Kylän sivut</h1>
            <div data-verkostoportaali-widget="{portal}/mansikka/api/widgets/projects"></div>
            <script src="{portal}/_content/Verkostoportaali.OpenData/widget.js" async></script>
            <iframe src="{portal}/mansikka/upotus/tapahtumat" title="Tapahtumat" width="600" height="400"></iframe>
            </main></body></html>
            """);
        var page = await host.Browser.NewPageAsync();
        var console = new List<string>();
        page.Console += (_, message) => console.Add(message.Text);

        await page.GotoAsync(otherSite.Address);
        var scripted = page.Locator(".verkostoportaali-widget li a");
        try
        {
            await scripted.First.WaitForAsync();
        }
        catch (TimeoutException)
        {
            Assert.Fail("The script added no list; the page's console said: " + string.Join(" | ", console));
        }
        var framedHeading = page.FrameLocator("iframe").Locator("h1");
        await framedHeading.WaitForAsync();

        Assert.StartsWith($"{portal}/mansikka/", await scripted.First.GetAttributeAsync("href"), StringComparison.Ordinal);
        Assert.Equal("_blank", await scripted.First.GetAttributeAsync("target"));
        Assert.Equal("Uusimmat hankkeet", await page.Locator(".verkostoportaali-widget h2").InnerTextAsync());
        Assert.Equal("Tulevat tapahtumat", await framedHeading.InnerTextAsync());
    }

    [Fact]
    public async Task Widget_pages_and_the_embed_page_pass_axe()
    {
        var page = await host.Browser.NewPageAsync(new() { BaseURL = host.BaseAddress.ToString() });
        var violations = new List<string>();

        foreach (var path in new[] { "/mansikka/upotus/hankkeet", "/elava-kainuu/sv/upotus/tapahtumat", "/en/upotus/tapahtumat", "/mansikka/upotus" })
        {
            await page.GotoAsync(path);
            violations.AddRange(await AxeChecks.ViolationsAsync(page, path));
        }

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }
}

/// <summary>A member organisation's page on an origin of its own (another loopback port), served by HttpListener.</summary>
internal sealed class OtherSite : IDisposable
{
    private readonly System.Net.HttpListener listener = new();

    private OtherSite(string html)
    {
        Address = $"http://127.0.0.1:{LoopbackPorts.Free()}/";
        listener.Prefixes.Add(Address);
        listener.Start();
        _ = AnswerAsync(System.Text.Encoding.UTF8.GetBytes(html));
    }

    public string Address { get; }

    public static OtherSite Serve(string html) => new(html);

    private async Task AnswerAsync(byte[] page)
    {
        // Until Dispose closes the listener, which ends the wait for the next request with an exception.
        while (listener.IsListening)
        {
            try
            {
                var context = await listener.GetContextAsync();
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.OutputStream.WriteAsync(page);
                context.Response.Close();
            }
            catch (Exception e) when (e is System.Net.HttpListenerException or ObjectDisposedException)
            {
                return;
            }
        }
    }

    public void Dispose() => listener.Close();
}
