using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.Data.Sqlite;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Integration.Tests;

[Collection(PortalCollection.Name)]
public sealed class ErrorPageTests(PortalHost host)
{
    [Fact]
    public async Task Failure_inside_a_tenant_shows_the_error_page_in_that_tenants_layout()
    {
        var site = await host.CreateSiteAsync();
        await AddBrokenPageAsync(host, site, "Rikki");

        var response = await host.CreateClient().GetAsync($"/{site.Name}/rikki");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal(site.DisplayName, document.QuerySelector(".site-name")!.TextContent.Trim());
        Assert.False(string.IsNullOrWhiteSpace(document.QuerySelector("h1")?.TextContent));
    }

    /// <summary>A published page whose stored data is damaged (a broken JSON document), so that it throws while rendering.</summary>
    internal static async Task AddBrokenPageAsync(PortalHost host, Tenant site, string title)
    {
        var page = await host.AddPageAsync(site, title, "<p>Ehjä</p>", publish: true);
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(host.DataPath, "Sites", site.Name, "content.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE ContentItems SET Data = '{ broken' WHERE ContentItemId = $id";
        command.Parameters.AddWithValue("$id", page.ContentItemId);
        await command.ExecuteNonQueryAsync();
    }
}
