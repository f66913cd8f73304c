using System.Text.Json;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Projects.Tests;

[Collection(PortalCollection.Name)]
public sealed class ProjectJsonLdTests(PortalHost host)
{
    private readonly HttpClient client = host.CreateClient();

    [Fact]
    public async Task Project_page_has_schema_org_project_json_ld_with_the_register_number()
    {
        var page = await HtmlPages.GetPageAsync(client, "/mansikka/osallisuudella-uusia-palveluratkaisuja-ja-hyvinvointia-pohjois-savoon");

        var script = Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));

        using var json = JsonDocument.Parse(script.TextContent);
        var root = json.RootElement;
        Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
        Assert.Equal("Project", root.GetProperty("@type").GetString());
        Assert.Equal("145432", root.GetProperty("identifier").GetString());
        Assert.Equal("Osallisuudella uusia palveluratkaisuja ja hyvinvointia Pohjois-Savoon", root.GetProperty("name").GetString());
        Assert.Equal("2020-12-31", root.GetProperty("foundingDate").GetString());
        Assert.Equal("2024-07-01", root.GetProperty("dissolutionDate").GetString());
        Assert.Equal("Manner-Suomen maaseudun kehittämisohjelma 2014–2020", root.GetProperty("funder").GetProperty("name").GetString());
        Assert.Equal("Kehittämisyhdistys Mansikka ry", root.GetProperty("parentOrganization").GetProperty("name").GetString());
        Assert.StartsWith("Hanke hakee ratkaisuja", root.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_that_closes_a_script_cannot_end_the_json_ld()
    {
        var project = Project(TestProjects.Card("Hanke </script><script>alert(1)</script>") with { Keywords = ["</script>"] });

        var json = ProjectJsonLd.For(project, "https://example.fi/hanke");

        Assert.DoesNotContain("<", json, StringComparison.Ordinal);
        Assert.Equal(["</script>"], JsonDocument.Parse(json).RootElement.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()));
    }

    [Fact]
    public void Project_without_a_public_description_is_described_by_its_body_text()
    {
        var project = Project(TestProjects.Card("Green Care -verkosto")).Apply(new BodyPart("<p>Verkosto kokoaa</p><h2>Rahoitus</h2><p>ELY-keskus</p>"));

        var json = JsonDocument.Parse(ProjectJsonLd.For(project, "https://example.fi/hanke")).RootElement;

        Assert.Equal("Verkosto kokoaa Rahoitus ELY-keskus", json.GetProperty("description").GetString());
        Assert.False(json.TryGetProperty("identifier", out _));
    }

    private static ContentItem Project(RegisterCardPart card) =>
        new ContentItem { ContentItemId = "p1", VersionId = "v1", ContentType = ProjectsModule.ProjectType, DisplayText = card.Name }.Apply(card);
}
