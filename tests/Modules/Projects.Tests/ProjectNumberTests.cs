using Verkostoportaali.Core.Content;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Projects.Tests;

/// <summary>A register number belongs to one project of a site.</summary>
[Collection(PortalCollection.Name)]
public sealed class ProjectNumberTests(PortalHost host)
{
    [Fact]
    public async Task Second_project_with_the_same_number_is_refused_with_a_message_naming_the_first()
    {
        var site = await TestProjects.CreateSiteAsync(host);
        await TestProjects.AddAsync(host, site, TestProjects.Card("Kylätalon korjaus", "145432"));

        var refused = await Assert.ThrowsAsync<ContentValidationException>(
            () => TestProjects.AddAsync(host, site, TestProjects.Card("Toinen hanke", "145432")));

        var error = Assert.Single(refused.Errors);
        Assert.Equal((nameof(RegisterCardPart), nameof(RegisterCardPart.ProjectNumber)), (error.Part, error.Field));
        Assert.Contains("145432", error.Message, StringComparison.Ordinal);
        Assert.Contains("Kylätalon korjaus", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_a_project_to_another_projects_number_is_refused()
    {
        var site = await TestProjects.CreateSiteAsync(host);
        await TestProjects.AddAsync(host, site, TestProjects.Card("Kylätalon korjaus", "1001"));
        var other = await TestProjects.AddAsync(host, site, TestProjects.Card("Toinen hanke", "1002"));

        var change = () => host.InTenantAsync(site, content => content.UpdateDraftAsync(other.ContentItemId,
            draft => draft.Apply(draft.Get<RegisterCardPart>()! with { ProjectNumber = "1001" })));

        await Assert.ThrowsAsync<ContentValidationException>(change);
    }

    [Fact]
    public async Task Project_keeps_its_own_number_through_new_versions()
    {
        var site = await TestProjects.CreateSiteAsync(host);
        var project = await TestProjects.AddAsync(host, site, TestProjects.Card("Kylätalon korjaus", "1001"));

        await host.InTenantAsync(site, async content =>
        {
            await content.UpdateDraftAsync(project.ContentItemId,
                draft => draft.Apply(draft.Get<RegisterCardPart>()! with { StatedStatus = "Käynnissä" }));
            await content.PublishAsync(project.ContentItemId);
        });

        var published = await host.InTenantAsync<ContentManager, ContentItem?>(site, content => content.GetAsync(project.ContentItemId));
        Assert.Equal("Käynnissä", published!.Get<RegisterCardPart>()!.StatedStatus);
    }

    [Fact]
    public async Task Number_of_a_removed_project_can_be_used_again()
    {
        var site = await TestProjects.CreateSiteAsync(host);
        var removed = await TestProjects.AddAsync(host, site, TestProjects.Card("Kylätalon korjaus", "1001"));
        await host.InTenantAsync(site, content => content.RemoveAsync(removed.ContentItemId));

        var again = await TestProjects.AddAsync(host, site, TestProjects.Card("Uusi kylätalohanke", "1001"));

        Assert.Equal("1001", again.Get<RegisterCardPart>()!.ProjectNumber);
    }

    [Fact]
    public async Task Translation_of_a_project_shares_its_number()
    {
        var site = await TestProjects.CreateSiteAsync(host);
        await TestProjects.AddAsync(host, site, TestProjects.Card("Kylätalon korjaus", "1001"), localizationSet: "kylatalo");

        var swedish = await TestProjects.AddAsync(host, site, TestProjects.Card("Byhusets renovering", "1001"), localizationSet: "kylatalo");

        Assert.Equal("1001", swedish.Get<RegisterCardPart>()!.ProjectNumber);
    }

    [Fact]
    public async Task Same_number_on_two_sites_is_allowed()
    {
        var first = await TestProjects.CreateSiteAsync(host);
        var second = await TestProjects.CreateSiteAsync(host);
        await TestProjects.AddAsync(host, first, TestProjects.Card("Kylätalon korjaus", "1001"));

        var other = await TestProjects.AddAsync(host, second, TestProjects.Card("Kylätalon korjaus", "1001"));

        Assert.Equal("1001", other.Get<RegisterCardPart>()!.ProjectNumber);
    }
}
