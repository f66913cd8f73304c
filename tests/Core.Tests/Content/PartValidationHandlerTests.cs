using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Core.Tests.Content;

public sealed class PartValidationHandlerTests(TestPortal portal) : IClassFixture<TestPortal>
{
    [Fact]
    public async Task Invalid_part_is_refused_with_part_field_and_message_and_nothing_is_saved()
    {
        await using var scope = await portal.ContentScopeAsync();
        var content = TestPortal.Content(scope);
        var note = (await content.NewAsync("Note")).Apply(new TitlePart("Liikaa")).Apply(new TagsPart(["a", "b", "c", "d", "e", "f"]));

        var error = await Assert.ThrowsAsync<ContentValidationException>(() => content.CreateAsync(note, publish: true));

        var problem = Assert.Single(error.Errors);
        Assert.Equal(new ContentError("TagsPart", "Tags", "At most five tags."), problem);
        Assert.Null(await content.GetAsync(note.ContentItemId, VersionOptions.Latest));
    }

    [Fact]
    public async Task Edit_that_breaks_a_rule_leaves_the_saved_version_as_it_was()
    {
        await using var scope = await portal.ContentScopeAsync();
        var content = TestPortal.Content(scope);
        var article = (await content.NewAsync("Article")).Apply(new TitlePart("Kelvollinen"));
        await content.CreateAsync(article, publish: true);

        await Assert.ThrowsAsync<ContentValidationException>(() =>
            content.UpdateDraftAsync(article.ContentItemId, d => d.Apply(new TitlePart(new string('x', TitlePart.MaxLength + 1)))));

        var latest = await content.GetAsync(article.ContentItemId, VersionOptions.Latest);
        Assert.Equal("Kelvollinen", latest!.DisplayText);
        Assert.Single(await content.HistoryAsync(article.ContentItemId));
    }

    [Fact]
    public async Task Refused_edit_of_a_draft_is_not_stored_by_a_later_save_in_the_same_scope()
    {
        await using var scope = await portal.ContentScopeAsync();
        var content = TestPortal.Content(scope);
        var first = (await content.NewAsync("Article")).Apply(new TitlePart("Luonnos"));
        await content.CreateAsync(first, publish: false);
        await Assert.ThrowsAsync<ContentValidationException>(() =>
            content.UpdateDraftAsync(first.ContentItemId, d => d.Apply(new TitlePart(new string('x', TitlePart.MaxLength + 1)))));

        var second = (await content.NewAsync("Article")).Apply(new TitlePart("Toinen"));
        await content.CreateAsync(second, publish: false);

        await using var fresh = portal.Scope(TestPortal.TenantOf(scope));
        var stored = await TestPortal.Content(fresh).GetAsync(first.ContentItemId, VersionOptions.Latest);
        Assert.Equal("Luonnos", stored!.Get<TitlePart>()!.Title);
    }
}
