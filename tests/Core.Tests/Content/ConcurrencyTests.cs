using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Core.Tests.Content;

/// <summary>Editors saving one item at the same moment, each in a request (scope) of their own.</summary>
public class ConcurrencyTests(TestPortal portal) : IClassFixture<TestPortal>
{
    [Fact]
    public async Task Eight_editors_saving_and_publishing_one_item_leave_one_latest_and_one_published_version_and_seven_conflicts()
    {
        var tenant = await portal.CreateTenantAsync();
        var original = await CreateAsync(tenant, "Kyläilta", publish: true);

        var outcomes = await Task.WhenAll(Enumerable.Range(1, 8).Select(n => SaveAndPublishAsync(tenant, original, $"Kyläilta {n}")));

        Assert.Equal(1, outcomes.Count(o => o == "saved"));
        Assert.Equal(7, outcomes.Count(o => o == "conflict"));
        var versions = await VersionsAsync(tenant, original.ContentItemId);
        Assert.Single(versions, v => v.Latest);
        var published = Assert.Single(versions, v => v.Published);
        Assert.Same(published, versions.Single(v => v.Latest));
        Assert.Equal(2, versions.Count);
    }

    [Fact]
    public async Task A_double_clicked_publish_publishes_once_and_both_clicks_succeed()
    {
        var tenant = await portal.CreateTenantAsync();
        var original = await CreateAsync(tenant, "Teemapäivä", publish: true);

        var outcomes = await Task.WhenAll(SaveAndPublishAsync(tenant, original, "Teemapäivä 2"), SaveAndPublishAsync(tenant, original, "Teemapäivä 2"));

        Assert.Equal(["saved", "saved"], outcomes);
        var versions = await VersionsAsync(tenant, original.ContentItemId);
        Assert.Equal(2, versions.Count);
        Assert.Equal("Teemapäivä 2", Assert.Single(versions, v => v.Published && v.Latest).DisplayText);
    }

    [Fact]
    public async Task A_save_made_to_an_older_version_is_refused_and_changes_nothing()
    {
        var tenant = await portal.CreateTenantAsync();
        var original = await CreateAsync(tenant, "Pajapäivä", publish: false);
        await using (var first = portal.Scope(tenant))
        {
            await TestPortal.Content(first).UpdateDraftAsync(original.ContentItemId, original.Stamp, d => d.Apply(new TitlePart("Ensimmäinen")));
        }

        await using var second = portal.Scope(tenant);
        var conflict = await Assert.ThrowsAsync<ContentConflictException>(() => TestPortal.Content(second)
            .UpdateDraftAsync(original.ContentItemId, original.Stamp, d => d.Apply(new TitlePart("Toinen"))));

        Assert.Equal("Ensimmäinen", conflict.Current?.DisplayText);
        Assert.Equal("Ensimmäinen", Assert.Single(await VersionsAsync(tenant, original.ContentItemId)).DisplayText);
    }

    [Fact]
    public async Task Parallel_creates_with_one_title_get_different_slugs()
    {
        var tenant = await portal.CreateTenantAsync();

        var items = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => CreateAsync(tenant, "Hyvinvointipäivä", publish: true)));

        await using var scope = portal.Scope(tenant);
        var slugs = await TestPortal.Content(scope).Query("Article").Select(i => i.Slug).ToListAsync();
        Assert.Equal(6, slugs.Distinct().Count());
        Assert.Contains("hyvinvointipaiva", slugs);
        Assert.Equal(6, items.Length);
    }

    [Fact]
    public async Task The_database_refuses_a_second_latest_version_written_behind_the_kernel()
    {
        var tenant = await portal.CreateTenantAsync();
        var item = await CreateAsync(tenant, "Verkostotapaaminen", publish: true);
        await using var scope = portal.Scope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();

        var duplicate = () => db.Database.ExecuteSqlRawAsync(
            """INSERT INTO "ContentItems" ("ContentItemId", "VersionId", "ContentType", "Latest", "Published", "Culture", "DisplayText", "CreatedUtc", "ModifiedUtc", "Data", "Revision") SELECT "ContentItemId", 'other', "ContentType", TRUE, FALSE, "Culture", "DisplayText", "CreatedUtc", "ModifiedUtc", "Data", 1 FROM "ContentItems" WHERE "ContentItemId" = {0}""",
            item.ContentItemId);

        var refused = await Assert.ThrowsAnyAsync<DbException>(duplicate);
        Assert.True(refused is SqliteException { SqliteErrorCode: 19 } or PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }, refused.Message);
    }

    private async Task<ContentItem> CreateAsync(Tenant tenant, string title, bool publish)
    {
        await using var scope = portal.Scope(tenant);
        var content = TestPortal.Content(scope);
        var item = (await content.NewAsync("Article")).Apply(new TitlePart(title)).Apply(new AutoroutePart());
        await content.CreateAsync(item, publish);
        return item;
    }

    // What the editor's Publish button does: save the form's text as a draft of the version it was opened on, then publish that draft.
    private async Task<string> SaveAndPublishAsync(Tenant tenant, ContentItem openedOn, string title)
    {
        await using var scope = portal.Scope(tenant);
        var content = TestPortal.Content(scope);
        try
        {
            var draft = await content.UpdateDraftAsync(openedOn.ContentItemId, openedOn.Stamp, d => d.Apply(new TitlePart(title)));
            await content.PublishAsync(openedOn.ContentItemId, draft.Stamp);
            return "saved";
        }
        catch (ContentConflictException)
        {
            return "conflict";
        }
    }

    private async Task<List<ContentItem>> VersionsAsync(Tenant tenant, string contentItemId)
    {
        await using var scope = portal.Scope(tenant);
        return await TestPortal.Content(scope).HistoryAsync(contentItemId);
    }
}
