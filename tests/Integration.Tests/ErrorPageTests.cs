using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.Data.Sqlite;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Integration.Tests;

[Collection(PortalCollection.Name)]
public sealed class ErrorPageTests(PortalHost host)
{
    [Fact]
    public async Task Failure_inside_a_tenant_shows_the_error_page_in_that_tenants_layout()
    {
        var site = await host.CreateSiteAsync();
        await host.AddPageAsync(site, "Rikki", "<p>Ehjä</p>", publish: true);
        // Damaged data (a broken JSON document) makes the item page throw while rendering.
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(host.DataPath, "Sites", site.Name, "content.db")}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE ContentItems SET Data = '{ broken' WHERE Slug = 'rikki'";
            await command.ExecuteNonQueryAsync();
        }

        var response = await host.CreateClient().GetAsync($"/{site.Name}/rikki");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal(site.DisplayName, document.QuerySelector(".site-name")!.TextContent.Trim());
        Assert.False(string.IsNullOrWhiteSpace(document.QuerySelector("h1")?.TextContent));
    }
}
