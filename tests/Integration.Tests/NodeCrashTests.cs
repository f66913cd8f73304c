using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Integration.Tests;

/// <summary>
/// A node killed with SIGKILL in the middle of an editor's burst of publishes: every publish it acknowledged is in the
/// database, the other node serves on, and the killed node, started again on its data folder, catches its search
/// index up. Node A is a real server process (the built portal), node B a host in the test process; one PostgreSQL
/// database.
/// </summary>
public sealed class NodeCrashTests : IAsyncLifetime
{
    private const string Editor = "toimittaja";
    private const int Acknowledged = 5;

    private readonly string folderA = Path.Combine(Path.GetTempPath(), "vp-crash-a-" + Guid.NewGuid().ToString("N"));
    private readonly string folderB = Path.Combine(Path.GetTempPath(), "vp-crash-b-" + Guid.NewGuid().ToString("N"));
    private Dictionary<string, string> settings = null!;
    private PortalHost nodeB = null!;
    private Process? nodeA;

    public async Task InitializeAsync()
    {
        var server = await PostgresServer.SharedAsync();
        settings = PostgresServer.PortalSettings(await server.CreateDatabaseAsync("crash"));
        nodeB = PortalHost.OnDataFolder(folderB, "portal", settings);
        await nodeB.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        Kill();
        await ((IAsyncLifetime)nodeB).DisposeAsync();
        if (Directory.Exists(folderA))
        {
            Directory.Delete(folderA, recursive: true);
        }
    }

    [Fact]
    public async Task Nothing_acknowledged_is_lost_the_other_node_serves_on_and_the_killed_node_catches_up()
    {
        var site = await nodeB.CreateSiteAsync(TwoNodes.SiteRecipe);
        await TenantUsers.AddAsync(nodeB.Services, site, Editor, "Editor");
        var addressA = await StartNodeAAsync();
        var editor = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = addressA };
        await TenantUsers.LogInAsync(editor, $"/{site.Name}/", Editor);

        // Publishes one after another, as fast as the node answers; the node is killed after the fifth answer.
        var acknowledged = new List<string>();
        var burst = Task.Run(async () =>
        {
            for (var i = 1; ; i++)
            {
                var title = $"Talkooilta {i}";
                try
                {
                    var answer = await PublishAsync(editor, $"/{site.Name}/admin/sisalto/uusi/Page", title);
                    if (answer.StatusCode != HttpStatusCode.Redirect)
                    {
                        throw new InvalidOperationException($"Publishing '{title}' answered {answer.StatusCode}.");
                    }
                    lock (acknowledged)
                    {
                        acknowledged.Add(title);
                    }
                }
                catch (HttpRequestException)
                {
                    return; // the node is gone
                }
            }
        });
        await Eventually.TrueAsync(() => Task.FromResult(Count(acknowledged) >= Acknowledged), "five publishes acknowledged");
        Kill();
        await burst;

        var stored = await nodeB.InTenantAsync<ContentManager, List<string>>(site, content =>
            content.Query("Page").Select(p => p.DisplayText).ToListAsync());
        var homeOfB = await nodeB.CreateClient().GetAsync($"/{site.Name}/api/content?type=Page");
        var restartedA = await StartNodeAAsync();
        var visitorOfA = new HttpClient { BaseAddress = restartedA };
        var foundByA = await Eventually.TimedAsync(() => TotalAsync(visitorOfA, $"/{site.Name}/api/search?q=talkooilta"),
            total => total >= acknowledged.Count, TwoNodes.Promptly);

        Assert.True(acknowledged.Count >= Acknowledged);
        Assert.All(acknowledged, title => Assert.Contains(title, stored));
        Assert.Equal(HttpStatusCode.OK, homeOfB.StatusCode);
        Assert.True(foundByA.Value >= acknowledged.Count, $"The restarted node found {foundByA.Value} of {acknowledged.Count}.");
    }

    /// <summary>Fills in the new item form and presses its Publish button, as the editor would.</summary>
    private static async Task<HttpResponseMessage> PublishAsync(HttpClient editor, string path, string title)
    {
        var page = await HtmlPages.GetPageAsync(editor, path);
        var publish = page.QuerySelectorAll("button[formaction]").First(b => b.GetAttribute("formaction")!.Contains("handler=Publish", StringComparison.Ordinal));
        var token = publish.Closest("form")!.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await editor.PostAsync(publish.GetAttribute("formaction"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["TitlePart.Title"] = title,
            ["BodyPart.Html"] = "<p>Kylätalolla.</p>",
            ["__RequestVerificationToken"] = token,
        }));
    }

    private static int Count(List<string> list)
    {
        lock (list)
        {
            return list.Count;
        }
    }

    /// <summary>Starts the built portal as node A on its data folder and waits until it is ready.</summary>
    private async Task<Uri> StartNodeAAsync()
    {
        var built = Path.Combine(OpsProcess.Repository(), "src", "Web", "bin",
            new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name, "net10.0");
        var address = new Uri($"http://127.0.0.1:{LoopbackPorts.Free()}");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = built, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(built, "Verkostoportaali.Web.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString());
        start.Environment["Portal__DataPath"] = folderA;
        start.Environment["Portal__SetupRecipe"] = "";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        nodeA = Process.Start(start)!;
        // Read so that a full pipe never blocks the node.
        nodeA.OutputDataReceived += (_, _) => { };
        nodeA.ErrorDataReceived += (_, _) => { };
        nodeA.BeginOutputReadLine();
        nodeA.BeginErrorReadLine();
        using var probe = new HttpClient { BaseAddress = address };
        await Eventually.TrueAsync(async () =>
        {
            try
            {
                return (await probe.GetAsync("/health/ready")).IsSuccessStatusCode;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, "node A ready");
        return address;
    }

    private void Kill()
    {
        if (nodeA is { HasExited: false })
        {
            nodeA.Kill(entireProcessTree: true);
            nodeA.WaitForExit();
        }
    }

    private static async Task<int> TotalAsync(HttpClient client, string path)
    {
        using var results = JsonDocument.Parse(await client.GetStringAsync(path));
        return results.RootElement.GetProperty("total").GetInt32();
    }
}
