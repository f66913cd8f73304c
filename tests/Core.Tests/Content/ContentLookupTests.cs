using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Core.Tests.Content;

public sealed class ContentLookupTests(TestPortal portal) : IClassFixture<TestPortal>
{
    [Fact]
    public async Task Created_version_gets_its_lookup_rows()
    {
        await using var scope = await portal.ContentScopeAsync();
        var content = TestPortal.Content(scope);
        var note = await NewNoteAsync(content, "luonto", "hoiva");

        await content.CreateAsync(note, publish: true);

        Assert.Equal(["hoiva", "luonto"], await TagsOfAsync(scope, note.VersionId));
    }

    [Fact]
    public async Task Editing_a_draft_replaces_its_lookup_rows()
    {
        await using var scope = await portal.ContentScopeAsync();
        var content = TestPortal.Content(scope);
        var note = await NewNoteAsync(content, "vanha", "pysyvä");
        await content.CreateAsync(note, publish: false);

        await content.UpdateDraftAsync(note.ContentItemId, d => d.Apply(new TagsPart(["pysyvä", "uusi"])));

        Assert.Equal(["pysyvä", "uusi"], await TagsOfAsync(scope, note.VersionId));
        Assert.Equal(2, await Rows(scope).CountAsync());
    }

    [Fact]
    public async Task New_draft_of_a_published_item_gets_its_own_rows_and_the_published_rows_stay()
    {
        await using var scope = await portal.ContentScopeAsync();
        var content = TestPortal.Content(scope);
        var note = await NewNoteAsync(content, "julkaistu");
        await content.CreateAsync(note, publish: true);

        var draft = await content.UpdateDraftAsync(note.ContentItemId, d => d.Apply(new TagsPart(["luonnos"])));

        Assert.Equal(["julkaistu"], await TagsOfAsync(scope, note.VersionId));
        Assert.Equal(["luonnos"], await TagsOfAsync(scope, draft.VersionId));
    }

    [Fact]
    public async Task Published_items_can_be_queried_through_their_lookup_rows()
    {
        await using var scope = await portal.ContentScopeAsync();
        var content = TestPortal.Content(scope);
        var published = await NewNoteAsync(content, "retki");
        var draft = await NewNoteAsync(content, "retki");
        await content.CreateAsync(published, publish: true);
        await content.CreateAsync(draft, publish: false);

        var found = await Rows(scope).Where(r => r.Tag == "retki" && r.Version.Published)
            .Select(r => r.Version.ContentItemId).ToListAsync();

        Assert.Equal([published.ContentItemId], found);
    }

    [Fact]
    public async Task Version_is_not_saved_when_its_lookup_rows_cannot_be()
    {
        var tenant = await portal.CreateTenantAsync();
        await using var scope = portal.Scope(tenant);
        var content = TestPortal.Content(scope);
        var note = await NewNoteAsync(content, "sama", "sama");

        await Assert.ThrowsAsync<DbUpdateException>(() => content.CreateAsync(note, publish: true));

        await using var fresh = portal.Scope(tenant);
        Assert.Null(await TestPortal.Content(fresh).GetAsync(note.ContentItemId, VersionOptions.Latest));
        Assert.Empty(await Rows(fresh).ToListAsync());
    }

    private static async Task<ContentItem> NewNoteAsync(ContentManager content, params string[] tags) =>
        (await content.NewAsync("Note")).Apply(new TitlePart("Muistiinpano")).Apply(new TagsPart(tags));

    private static IQueryable<ItemTag> Rows(AsyncServiceScope scope) =>
        scope.ServiceProvider.GetRequiredService<TenantDbContext>().Set<ItemTag>().AsNoTracking();

    private static Task<List<string>> TagsOfAsync(AsyncServiceScope scope, string versionId) =>
        Rows(scope).Where(r => r.Version.VersionId == versionId).Select(r => r.Tag).OrderBy(t => t).ToListAsync();
}
