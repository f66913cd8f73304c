using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Search.Tests.Api;

/// <summary>Contact people are found by name (issue 19): projects', networks' and providers' contacts are indexed.</summary>
[Collection(PortalCollection.Name)]
public sealed class ContactSearchTests(PortalHost host)
{
    [Theory]
    [InlineData("Laura")]
    [InlineData("Syrén")]
    public async Task Demo_projects_contact_is_found_by_her_name(string name)
    {
        var results = await DemoSearch.AskAsync(host, $"/api/search?q={Uri.EscapeDataString(name)}&size=50");

        Assert.Contains(results.Hits, h => h.Tenant == "green-care-keski-suomi" && h.ContentType == "Project");
    }

    [Fact]
    public async Task Seed_004_storys_project_leader_is_found_by_name_and_the_story_counts_in_its_own_year()
    {
        var byName = await DemoSearch.AskAsync(host, "/elava-kainuu/api/search?q=Eeva-Liisa");
        var inItsYear = await DemoSearch.AskAsync(host, "/elava-kainuu/api/search?q=verkostot&year=2020&size=50");

        Assert.Contains(byName.Hits, h => h.ContentType == "Article" && h.Title == "Vapaat verkostot");
        Assert.Contains(inItsYear.Hits, h => h.ContentType == "Article" && h.Title == "Vapaat verkostot");
    }

    [Fact]
    public async Task Swedish_items_contact_is_found_by_her_name_in_swedish_search()
    {
        var site = await host.CreateSiteAsync();
        await using (var scope = host.Services.GetRequiredService<TenantScopes>().Create(site))
        {
            var content = scope.ServiceProvider.GetRequiredService<ContentManager>();
            var page = await content.NewAsync("Page");
            page.Culture = "sv";
            page.Apply(new TitlePart("Nätverket")).Apply(new BodyPart("<p>Välkommen.</p>")).Apply(new AutoroutePart())
                .Apply(new ContactsPart([new ContactPerson("Åsa Lindqvist", "Koordinator")]));
            await content.CreateAsync(page, publish: true);
        }

        var results = await DemoSearch.AskAsync(host, $"/{site.Name}/api/search?q={Uri.EscapeDataString("Åsa")}&culture=sv");

        Assert.Equal("Nätverket", Assert.Single(results.Hits).Title);
    }
}
