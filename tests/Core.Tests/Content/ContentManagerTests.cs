using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Core.Tests.Content;

public class ContentManagerTests(TestPortal portal) : IClassFixture<TestPortal>
{
    [Fact]
    public async Task Created_draft_is_latest_but_not_published()
    {
        await using var scope = await portal.ContentScopeAsync();
        var content = TestPortal.Content(scope);
        var item = await NewArticleAsync(content, "Luonnos");

        await content.CreateAsync(item, publish: false);

        var latest = await content.GetAsync(item.ContentItemId, VersionOptions.Latest);
        Assert.NotNull(latest);
        Assert.True(latest.Latest);
        Assert.False(latest.Published);
        Assert.Null(latest.PublishedUtc);
        Assert.Null(await content.GetAsync(item.ContentItemId, VersionOptions.Published));
        Assert.Empty(await content.Query("Article").ToListAsync());
    }

    [Fact]
    public async Task Created_published_item_is_latest_and_published()
    {
        await using var scope = await portal.ContentScopeAsync();
        var content = TestPortal.Content(scope);
        var item = await NewArticleAsync(content, "Julkaistu");

        await content.CreateAsync(item, publish: true);

        var published = await content.GetAsync(item.ContentItemId);
        Assert.NotNull(published);
        Assert.True(published.Latest);
        Assert.True(published.Published);
        Assert.NotNull(published.PublishedUtc);
        Assert.Equal(item.ContentItemId, Assert.Single(await content.Query("Article").ToListAsync()).ContentItemId);
    }

    [Fact]
    public async Task New_item_of_an_unknown_type_is_refused()
    {
        await using var scope = await portal.ContentScopeAsync();
        var content = TestPortal.Content(scope);

        var error = await Assert.ThrowsAsync<ContentException>(() => content.NewAsync("Event"));

        Assert.Equal("There is no content type 'Event'.", error.Message);
    }

    [Fact]
    public async Task Editing_a_published_item_makes_a_new_draft_version_and_leaves_the_published_one_alone()
    {
        await using var scope = await portal.ContentScopeAsync();
        var content = TestPortal.Content(scope);
        var item = await CreateArticleAsync(content, "Alkuperäinen", publish: true);

        var draft = await content.UpdateDraftAsync(item.ContentItemId, d => d.Apply(new TitlePart("Muokattu")));

        var history = await content.HistoryAsync(item.ContentItemId);
        Assert.Equal(2, history.Count);
        Assert.Equal((true, false, "Alkuperäinen"), (history[0].Published, history[0].Latest, history[0].Get<TitlePart>()!.Title));
        Assert.Equal((false, true, "Muokattu"), (history[1].Published, history[1].Latest, history[1].Get<TitlePart>()!.Title));
        Assert.Equal(draft.VersionId, history[1].VersionId);
        Assert.NotEqual(history[0].VersionId, history[1].VersionId);
        Assert.Equal("Alkuperäinen", (await content.GetAsync(item.ContentItemId))!.DisplayText);
        Assert.Equal("Muokattu", (await content.GetAsync(item.ContentItemId, VersionOptions.Latest))!.DisplayText);
    }

    [Fact]
    public async Task Edit_that_leaves_a_published_item_as_it_was_makes_no_new_version()
    {
        await using var scope = await portal.ContentScopeAsync();
        var content = TestPortal.Content(scope);
        var item = await CreateArticleAsync(content, "Ennallaan", publish: true);

        var result = await content.UpdateDraftAsync(item.ContentItemId, d => d.Apply(new TitlePart("Ennallaan")));

        Assert.Equal(item.VersionId, result.VersionId);
        var version = Assert.Single(await content.HistoryAsync(item.ContentItemId));
        Assert.Equal((true, true), (version.Latest, version.Published));
    }

    [Fact]
    public async Task Editing_a_draft_changes_it_in_place()
    {
        await using var scope = await portal.ContentScopeAsync();
        var content = TestPortal.Content(scope);
        var item = await CreateArticleAsync(content, "Luonnos", publish: false);

        await content.UpdateDraftAsync(item.ContentItemId, d => d.Apply(new TitlePart("Luonnos 2")));

        var version = Assert.Single(await content.HistoryAsync(item.ContentItemId));
        Assert.Equal(item.VersionId, version.VersionId);
        Assert.Equal("Luonnos 2", version.Get<TitlePart>()!.Title);
        Assert.Equal((true, false), (version.Latest, version.Published));
    }

    [Fact]
    public async Task Editing_a_missing_item_is_refused()
    {
        await using var scope = await portal.ContentScopeAsync();
        var content = TestPortal.Content(scope);

        var error = await Assert.ThrowsAsync<ContentException>(() => content.UpdateDraftAsync("missing", _ => { }));

        Assert.Equal("There is no content item 'missing'.", error.Message);
    }

    [Fact]
    public async Task Publishing_the_draft_moves_the_published_flag_to_it()
    {
        await using var scope = await portal.ContentScopeAsync();
        var content = TestPortal.Content(scope);
        var item = await CreateArticleAsync(content, "Versio 1", publish: true);
        await content.UpdateDraftAsync(item.ContentItemId, d => d.Apply(new TitlePart("Versio 2")));

        await content.PublishAsync(item.ContentItemId);

        var history = await content.HistoryAsync(item.ContentItemId);
        Assert.Equal([false, true], history.Select(v => v.Published));
        Assert.Equal([false, true], history.Select(v => v.Latest));
        Assert.Equal("Versio 2", (await content.GetAsync(item.ContentItemId))!.DisplayText);
    }

    [Fact]
    public async Task Publishing_what_is_published_changes_nothing()
    {
        await using var scope = await portal.ContentScopeAsync();
        var content = TestPortal.Content(scope);
        var item = await CreateArticleAsync(content, "Valmis", publish: true);
        var before = await content.GetAsync(item.ContentItemId);

        var published = await content.PublishAsync(item.ContentItemId);

        Assert.Equal(item.VersionId, published.VersionId);
        var version = Assert.Single(await content.HistoryAsync(item.ContentItemId));
        Assert.Equal(before!.PublishedUtc, version.PublishedUtc);
    }

    [Fact]
    public async Task Unpublishing_keeps_the_latest_version_as_a_draft()
    {
        await using var scope = await portal.ContentScopeAsync();
        var content = TestPortal.Content(scope);
        var item = await CreateArticleAsync(content, "Poistuva", publish: true);

        var unpublished = await content.UnpublishAsync(item.ContentItemId);

        Assert.True(unpublished);
        Assert.Null(await content.GetAsync(item.ContentItemId));
        var latest = await content.GetAsync(item.ContentItemId, VersionOptions.Latest);
        Assert.Equal((true, false), (latest!.Latest, latest.Published));
        Assert.False(await content.UnpublishAsync(item.ContentItemId));
    }

    [Fact]
    public async Task Removed_item_is_neither_latest_nor_published_but_keeps_its_history()
    {
        await using var scope = await portal.ContentScopeAsync();
        var content = TestPortal.Content(scope);
        var item = await CreateArticleAsync(content, "Historiaa", publish: true);
        await content.UpdateDraftAsync(item.ContentItemId, d => d.Apply(new TitlePart("Historiaa 2")));

        var removed = await content.RemoveAsync(item.ContentItemId);

        Assert.True(removed);
        Assert.Null(await content.GetAsync(item.ContentItemId));
        Assert.Null(await content.GetAsync(item.ContentItemId, VersionOptions.Latest));
        var history = await content.HistoryAsync(item.ContentItemId);
        Assert.Equal(2, history.Count);
        Assert.All(history, v => Assert.False(v.Latest || v.Published));
        Assert.False(await content.RemoveAsync(item.ContentItemId));
    }

    [Fact]
    public async Task History_lists_versions_oldest_first()
    {
        await using var scope = await portal.ContentScopeAsync();
        var content = TestPortal.Content(scope);
        var item = await CreateArticleAsync(content, "Yksi", publish: true);
        await content.UpdateDraftAsync(item.ContentItemId, d => d.Apply(new TitlePart("Kaksi")));
        await content.PublishAsync(item.ContentItemId);
        await content.UpdateDraftAsync(item.ContentItemId, d => d.Apply(new TitlePart("Kolme")));

        var history = await content.HistoryAsync(item.ContentItemId);

        Assert.Equal(["Yksi", "Kaksi", "Kolme"], history.Select(v => v.DisplayText));
        Assert.Equal([false, true, false], history.Select(v => v.Published));
        Assert.Equal([false, false, true], history.Select(v => v.Latest));
    }

    [Fact]
    public async Task Items_of_one_tenant_are_not_seen_by_another()
    {
        await using var first = await portal.ContentScopeAsync();
        await using var second = await portal.ContentScopeAsync();
        var item = await CreateArticleAsync(TestPortal.Content(first), "Oma", publish: true);

        var seen = await TestPortal.Content(second).GetAsync(item.ContentItemId);

        Assert.Null(seen);
        Assert.NotNull(await TestPortal.Content(first).GetAsync(item.ContentItemId));
    }

    private static async Task<ContentItem> NewArticleAsync(ContentManager content, string title) =>
        (await content.NewAsync("Article")).Apply(new TitlePart(title));

    private static async Task<ContentItem> CreateArticleAsync(ContentManager content, string title, bool publish)
    {
        var item = await NewArticleAsync(content, title);
        await content.CreateAsync(item, publish);
        return item;
    }
}
