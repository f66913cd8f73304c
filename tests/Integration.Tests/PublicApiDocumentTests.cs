using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Integration.Tests;

[Collection(PortalCollection.Name)]
public sealed class PublicApiDocumentTests(PortalHost host)
{
    [Fact]
    public async Task Openapi_document_is_valid_and_describes_every_public_json_endpoint_and_nothing_else()
    {
        var response = await host.CreateClient().GetAsync("/openapi/v1.json");
        await using var stream = await response.Content.ReadAsStreamAsync();
        var read = await OpenApiDocument.LoadAsync(stream, "json", new OpenApiReaderSettings());

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(read.Diagnostic!.Errors);
        var document = read.Document!;
        Assert.Empty(document.Validate(ValidationRuleSet.GetDefaultRuleSet()) ?? []);
        Assert.Equal(["/api/content", "/api/content/{contentItemId}", "/api/map", "/api/search", "/api/tenants", "/api/widgets/{kind}"],
            document.Paths.Keys.Order(StringComparer.Ordinal));
        Assert.All(document.Paths.Values, path => Assert.Contains(HttpMethod.Get, path.Operations!.Keys));
        Assert.Equal("CC BY 4.0", document.Info.License!.Name);
    }

    [Fact]
    public async Task Search_operation_names_its_query_parameters()
    {
        var text = await host.CreateClient().GetStringAsync("/openapi/v1.json");
        var document = OpenApiDocument.Parse(text, "json", new OpenApiReaderSettings()).Document!;

        var search = document.Paths["/api/search"].Operations![HttpMethod.Get];

        Assert.Equal(["culture", "page", "q", "region", "size", "status", "tenant", "type", "year"],
            search.Parameters!.Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Content_operation_names_the_portals_filters()
    {
        var text = await host.CreateClient().GetStringAsync("/openapi/v1.json");
        var document = OpenApiDocument.Parse(text, "json", new OpenApiReaderSettings()).Document!;

        var content = document.Paths["/api/content"].Operations![HttpMethod.Get];

        Assert.Equal(["from", "page", "region", "size", "to", "type"], content.Parameters!.Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Contains("portal", content.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/avoin-data", "Avoin data", "/openapi/v1.json")]
    [InlineData("/en/avoin-data", "Open data", "/en/openapi/v1.json")]
    [InlineData("/mansikka/sv/avoin-data", "Öppna data", "/mansikka/sv/openapi/v1.json")]
    public async Task Open_data_page_states_the_licence_and_links_the_openapi_document(string path, string heading, string document)
    {
        var page = await HtmlPages.GetPageAsync(host.CreateClient(), path);

        Assert.Equal(heading, page.QuerySelector("h1")!.TextContent);
        Assert.Contains("CC BY 4.0", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"main a[href='{document}']"));
        Assert.NotNull(page.QuerySelector($"footer a[href='{path}']"));
    }
}
