using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Data;

namespace Verkostoportaali.Contents;

/// <summary>
/// Indexes on the kernel's content table for the public lists of the newest published items: of every type (a site's
/// home) and of one type (the content API). A list reads the index in its order and stops after its page, instead of
/// sorting every published item with its parts.
/// </summary>
internal sealed class NewestPublishedIndexes : ITenantModel
{
    private const string AllTypes = "IX_ContentItems_NewestPublished";
    private const string OfType = "IX_ContentItems_NewestPublishedOfType";

    public void Configure(ModelBuilder modelBuilder)
    {
        var item = modelBuilder.Entity<ContentItem>();
        item.HasIndex(i => i.PublishedUtc, AllTypes).HasFilter(VersionFilters.Published);
        item.HasIndex(i => new { i.ContentType, i.PublishedUtc, i.Id }, OfType).IsDescending(false, true, false).HasFilter(VersionFilters.Published);
    }

    public static MigrationStep Step(int number) => MigrationStep.SchemaStep(number, "Newest published items indexed", b =>
    {
        b.CreateIndex(name: AllTypes, table: "ContentItems", column: "PublishedUtc", filter: VersionFilters.Published);
        b.CreateIndex(name: OfType, table: "ContentItems", columns: ["ContentType", "PublishedUtc", "Id"],
            descending: [false, true, false], filter: VersionFilters.Published);
    });
}
