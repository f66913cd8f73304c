using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Integration.Tests;

/// <summary>The demo portal on a database of its own on the run's PostgreSQL server, shared by the tests of a class.</summary>
public sealed class PostgresDemoPortal : IAsyncLifetime
{
    private PortalHost? host;

    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "vp-postgres-portal-" + Guid.NewGuid().ToString("N"));

    public PortalHost Host => host ?? throw new InvalidOperationException("The portal has not started.");

    public async Task InitializeAsync()
    {
        var server = await PostgresServer.SharedAsync();
        host = PortalHost.OnDataFolder(DataPath, "demo", PostgresServer.PortalSettings(await server.CreateDatabaseAsync("demo")));
        await host.InitializeAsync();
    }

    public Task DisposeAsync() => host is null ? Task.CompletedTask : ((IAsyncLifetime)host).DisposeAsync();
}

/// <summary>The whole portal on PostgreSQL (Portal:Database=PostgreSQL): set up from the demo recipe, serving and signing in.</summary>
public sealed class PostgresPortalTests(PostgresDemoPortal portal) : IClassFixture<PostgresDemoPortal>
{
    private PortalHost Host => portal.Host;

    [Fact]
    public async Task The_demo_recipe_loads_and_a_demo_sites_item_is_served_on_its_page()
    {
        var client = Host.CreateClient();

        var page = await client.GetFromJsonAsync<ContentPageRow>("/elava-kainuu/api/content?type=Network");
        var item = Assert.Single(page!.Items, i => i.DisplayText.StartsWith("Yhistykset yhessä", StringComparison.Ordinal));
        var response = await client.GetAsync(item.Url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("Yhistykset yhessä", document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(portal.DataPath, "Sites", "elava-kainuu", "content.db")));
    }

    [Fact]
    public async Task The_admin_signs_in_and_sees_the_dashboard()
    {
        var client = Host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var login = await HtmlPages.SubmitAsync(client, "/login", "main form",
            new Dictionary<string, string> { ["Input.UserName"] = PortalHost.AdminUser, ["Input.Password"] = PortalHost.AdminPassword });
        var dashboard = await client.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains(PortalHost.AdminUser, await dashboard.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
