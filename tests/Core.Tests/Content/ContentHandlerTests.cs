using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Contents;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Core.Tests.Content;

// The recording handler notes each event, and whether the version had been saved when it heard it.
public sealed class ContentHandlerTests(TestPortal portal) : IClassFixture<TestPortal>
{
    private ContentEventLog Log => portal.Services.GetRequiredService<ContentEventLog>();

    [Fact]
    public async Task Creating_a_published_item_raises_the_ing_events_before_saving_and_published_after()
    {
        await using var scope = await portal.ContentScopeAsync();
        var content = TestPortal.Content(scope);
        var item = (await content.NewAsync("Article")).Apply(new TitlePart("Uutinen"));

        await content.CreateAsync(item, publish: true);

        Assert.Equal(["Updating:unsaved", "Publishing:unsaved", "Published:saved"], Log.For(item.ContentItemId));
    }

    [Fact]
    public async Task Creating_a_draft_raises_only_updating()
    {
        await using var scope = await portal.ContentScopeAsync();
        var content = TestPortal.Content(scope);
        var item = (await content.NewAsync("Article")).Apply(new TitlePart("Luonnos"));

        await content.CreateAsync(item, publish: false);

        Assert.Equal(["Updating:unsaved"], Log.For(item.ContentItemId));
    }

    [Fact]
    public async Task Events_follow_the_item_through_edit_publish_unpublish_and_remove_in_order()
    {
        await using var scope = await portal.ContentScopeAsync();
        var content = TestPortal.Content(scope);
        var item = (await content.NewAsync("Article")).Apply(new TitlePart("Elinkaari"));

        await content.CreateAsync(item, publish: false);
        await content.UpdateDraftAsync(item.ContentItemId, d => d.Apply(new TitlePart("Elinkaari 2")));
        await content.PublishAsync(item.ContentItemId);
        await content.UnpublishAsync(item.ContentItemId);
        await content.PublishAsync(item.ContentItemId);
        await content.RemoveAsync(item.ContentItemId);

        Assert.Equal(
            [
                "Updating:unsaved",
                "Updating:saved",
                "Publishing:saved", "Published:saved",
                "Unpublishing:saved", "Unpublished:saved",
                "Publishing:saved", "Published:saved",
                "Unpublishing:saved", "Removing:saved", "Unpublished:saved", "Removed:saved",
            ],
            Log.For(item.ContentItemId));
    }

    [Fact]
    public async Task Removing_a_draft_raises_removed_without_unpublished()
    {
        await using var scope = await portal.ContentScopeAsync();
        var content = TestPortal.Content(scope);
        var item = (await content.NewAsync("Article")).Apply(new TitlePart("Keskeneräinen"));
        await content.CreateAsync(item, publish: false);

        await content.RemoveAsync(item.ContentItemId);

        Assert.Equal(["Updating:unsaved", "Removing:saved", "Removed:saved"], Log.For(item.ContentItemId));
    }

    [Theory]
    [InlineData("Unpublishing")]
    [InlineData("Removing")]
    public async Task Failing_ing_handler_leaves_the_item_published_because_it_shares_the_save(string failingEvent)
    {
        await using var scope = await portal.ContentScopeAsync();
        var content = TestPortal.Content(scope);
        var item = (await content.NewAsync("Article")).Apply(new TitlePart("Pysyvä"));
        await content.CreateAsync(item, publish: true);
        Log.FailAt = (item.ContentItemId, failingEvent);

        await Assert.ThrowsAsync<InvalidOperationException>(() => failingEvent == "Removing"
            ? content.RemoveAsync(item.ContentItemId)
            : content.UnpublishAsync(item.ContentItemId));

        await using var fresh = portal.Scope(TestPortal.TenantOf(scope));
        Assert.NotNull(await TestPortal.Content(fresh).GetAsync(item.ContentItemId, Core.Content.VersionOptions.Published));
    }

    [Fact]
    public async Task Removing_an_item_with_a_newer_draft_hands_removed_the_draft()
    {
        await using var scope = await portal.ContentScopeAsync();
        var content = TestPortal.Content(scope);
        var item = (await content.NewAsync("Article")).Apply(new TitlePart("Poistuva"));
        await content.CreateAsync(item, publish: true);
        var draft = await content.UpdateDraftAsync(item.ContentItemId, d => d.Apply(new TitlePart("Poistuva, uusi")));

        await content.RemoveAsync(item.ContentItemId);

        Assert.Equal(draft.VersionId, Log.VersionOf(item.ContentItemId, "Removed"));
        Assert.Equal(item.VersionId, Log.VersionOf(item.ContentItemId, "Unpublished"));
    }

    [Fact]
    public async Task Draft_of_a_published_item_is_handed_to_updating_before_it_is_saved()
    {
        await using var scope = await portal.ContentScopeAsync();
        var content = TestPortal.Content(scope);
        var item = (await content.NewAsync("Article")).Apply(new TitlePart("Julkaistu"));
        await content.CreateAsync(item, publish: true);

        await content.UpdateDraftAsync(item.ContentItemId, d => d.Apply(new TitlePart("Uusi luonnos")));

        Assert.Equal("Updating:unsaved", Log.For(item.ContentItemId)[^1]);
    }
}
