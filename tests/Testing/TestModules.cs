using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Modules;
using Verkostoportaali.Data;

namespace Verkostoportaali.Testing;

/// <summary>Test-only module, enabled by default: a part with a lookup table, and a handler that records content events.</summary>
public sealed class TestingModule() : Module(id: "Testing", name: "Testing")
{
    public override void ConfigureServices(IServiceCollection services) => services
        .AddContentPart<TagsPart>()
        .AddContentLookup<ItemTags>()
        .AddSingleton<ContentEventLog>()
        .AddContentHandler<RecordingHandler>()
        .AddSiteSettings<GreetingSettings>()
        .AddSingleton<JobLog>()
        .AddTenantJob<RecordingJob>("Places", TimeSpan.FromHours(1));

    public override IEnumerable<MigrationStep> Migrations() =>
    [
        MigrationStep.SchemaStep(1, "Item tags", b =>
        {
            b.CreateTable(
                name: "ItemTag",
                columns: table => new
                {
                    Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                    VersionRowId = table.Column<int>(nullable: false),
                    Tag = table.Column<string>(nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ItemTag", x => x.Id);
                    table.ForeignKey("FK_ItemTag_ContentItems_VersionRowId", x => x.VersionRowId, "ContentItems", "Id",
                        onDelete: ReferentialAction.Cascade);
                });
            b.CreateIndex(name: "IX_ItemTag_VersionRowId_Tag", table: "ItemTag", columns: ["VersionRowId", "Tag"], unique: true);
        }),
    ];
}

/// <summary>A settings section with a default, a validated value and a nested list.</summary>
public sealed record GreetingSettings
{
    public string Greeting { get; init; } = "Tervetuloa";

    [System.ComponentModel.DataAnnotations.Range(0, 100)]
    public int Retries { get; init; } = 3;
}

/// <summary>Which tenants the recording job ran in, and whether it should fail in one of them.</summary>
public sealed class JobLog
{
    public ConcurrentQueue<string> Runs { get; } = new();
    public string? FailIn { get; set; }
}

internal sealed class RecordingJob(JobLog log, Verkostoportaali.Core.Tenancy.TenantContext tenant) : Verkostoportaali.Core.Tenancy.ITenantJob
{
    public Task RunAsync(CancellationToken cancellationToken)
    {
        if (tenant.Tenant.Name == log.FailIn)
        {
            throw new InvalidOperationException("The job fails on purpose.");
        }
        log.Runs.Enqueue(tenant.Tenant.Name);
        return Task.CompletedTask;
    }
}

/// <summary>An optional feature that brings a content type.</summary>
public sealed class PlacesModule() : Module(id: "Places", name: "Places", enabledByDefault: false)
{
    public override IEnumerable<ContentTypeDefinition> ContentTypes() =>
        [new ContentTypeDefinition { Name = "Place", Label = new LocalizedText("Paikka"), Parts = ["TitlePart"] }];
}

/// <summary>An optional feature that needs <see cref="PlacesModule"/>.</summary>
public sealed class TripsModule() : Module(id: "Trips", name: "Trips", dependsOn: ["Places"], enabledByDefault: false);

public sealed record TagsPart(
    [property: System.ComponentModel.DataAnnotations.MaxLength(5, ErrorMessage = "At most five tags.")] IReadOnlyList<string> Tags) : ContentPart;

public sealed class ItemTag : ContentLookupRow
{
    public required string Tag { get; set; }
}

public sealed class ItemTags : ContentLookup<ItemTag>
{
    protected override IEnumerable<ItemTag> Map(ContentItem version) =>
        version.Get<TagsPart>()?.Tags.Select(t => new ItemTag { Tag = t }) ?? [];

    // Unique per version, so that a repeated tag makes the SaveChanges fail.
    protected override void Configure(EntityTypeBuilder<ItemTag> table) =>
        table.HasIndex(r => new { r.VersionRowId, r.Tag }).IsUnique();
}

/// <summary>Every event the recording handler heard, per content item, with whether the version was saved yet.</summary>
public sealed class ContentEventLog
{
    private readonly ConcurrentQueue<(string ItemId, string Entry, string VersionId)> entries = new();

    /// <summary>An item and an event at which the recording handler throws, to test what a failing handler undoes.</summary>
    public (string ItemId, string Event)? FailAt { get; set; }

    public void Add(ContentItem version, string name)
    {
        if (FailAt == (version.ContentItemId, name))
        {
            throw new InvalidOperationException($"The handler fails at {name} on purpose.");
        }
        entries.Enqueue((version.ContentItemId, $"{name}:{(version.Id == 0 ? "unsaved" : "saved")}", version.VersionId));
    }

    public IReadOnlyList<string> For(string contentItemId) =>
        [.. entries.Where(e => e.ItemId == contentItemId).Select(e => e.Entry)];

    /// <summary>The version the named event was last raised with.</summary>
    public string? VersionOf(string contentItemId, string eventName) =>
        entries.LastOrDefault(e => e.ItemId == contentItemId && e.Entry.StartsWith(eventName + ":", StringComparison.Ordinal)).VersionId;
}

internal sealed class RecordingHandler(ContentEventLog log) : IContentHandler
{
    public Task UpdatingAsync(ContentItem version, CancellationToken cancellationToken) => Record(version, "Updating");

    public Task PublishingAsync(ContentItem version, CancellationToken cancellationToken) => Record(version, "Publishing");

    public Task PublishedAsync(ContentItem version, CancellationToken cancellationToken) => Record(version, "Published");

    public Task UnpublishingAsync(ContentItem version, CancellationToken cancellationToken) => Record(version, "Unpublishing");

    public Task UnpublishedAsync(ContentItem version, CancellationToken cancellationToken) => Record(version, "Unpublished");

    public Task RemovingAsync(ContentItem version, CancellationToken cancellationToken) => Record(version, "Removing");

    public Task RemovedAsync(ContentItem version, CancellationToken cancellationToken) => Record(version, "Removed");

    private Task Record(ContentItem version, string name)
    {
        log.Add(version, name);
        return Task.CompletedTask;
    }
}
