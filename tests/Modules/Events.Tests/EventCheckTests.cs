using Verkostoportaali.Core.Content;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Events.Tests;

[Collection(PortalCollection.Name)]
public sealed class EventCheckTests(PortalHost host)
{
    private static readonly DateOnly Day = new(2030, 6, 15);

    [Fact]
    public async Task Network_of_the_same_site_can_organise_an_event()
    {
        var site = await host.CreateEventSiteAsync();
        var network = await host.AddNetworkAsync(site, "Kylätoimijat");

        var item = await host.AddEventAsync(site, "Kyläilta", new EventPart(Day, OrganiserId: network.ContentItemId));

        Assert.Equal(network.ContentItemId, item.Get<EventPart>()!.OrganiserId);
    }

    [Fact]
    public async Task Network_of_another_site_is_refused_as_organiser()
    {
        var other = await host.CreateEventSiteAsync();
        var network = await host.AddNetworkAsync(other, "Naapurin verkosto");
        var site = await host.CreateEventSiteAsync();

        var refused = await Assert.ThrowsAsync<ContentValidationException>(
            () => host.AddEventAsync(site, "Kyläilta", new EventPart(Day, OrganiserId: network.ContentItemId)));

        var error = Assert.Single(refused.Errors);
        Assert.Equal((nameof(EventPart), nameof(EventPart.OrganiserId)), (error.Part, error.Field));
        Assert.Contains(network.ContentItemId, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ei-tallaista-verkostoa")]
    [InlineData("article")]
    public async Task Missing_item_or_item_that_is_neither_network_nor_project_is_refused_as_organiser(string organiser)
    {
        var site = await host.CreateEventSiteAsync();
        var article = await host.AddItemAsync(site, "Article", "Uutinen", publish: true, _ => { });
        var id = organiser == "article" ? article.ContentItemId : organiser;

        var refused = await Assert.ThrowsAsync<ContentValidationException>(
            () => host.AddEventAsync(site, "Kyläilta", new EventPart(Day, OrganiserId: id)));

        Assert.Contains("must be a network or a project of this site", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Event_without_its_date_is_refused()
    {
        var site = await host.CreateEventSiteAsync();

        var refused = await Assert.ThrowsAsync<ContentValidationException>(
            () => host.AddItemAsync(site, "Event", "Ajaton", publish: true, _ => { }));

        Assert.Equal((nameof(EventPart), "An event needs a start date."), (refused.Errors[0].Part, refused.Errors[0].Message));
    }

    [Fact]
    public async Task Event_that_ends_before_it_starts_is_not_saved()
    {
        var site = await host.CreateEventSiteAsync();

        var refused = await Assert.ThrowsAsync<ContentValidationException>(
            () => host.AddEventAsync(site, "Väärin päin", new EventPart(Day, EndDate: Day.AddDays(-2))));

        Assert.Equal("The event cannot end before it starts.", Assert.Single(refused.Errors).Message);
        Assert.Null(await host.InTenantAsync<ContentManager, ContentItem?>(site,
            content => Task.FromResult(content.Query("Event", VersionOptions.Latest).FirstOrDefault())));
    }
}
