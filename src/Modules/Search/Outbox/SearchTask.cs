using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Data;

namespace Verkostoportaali.Search.Outbox;

/// <summary>
/// An outbox row: "item X changed, look at it again". Written with the content change; each node's indexes keep
/// the id of the last row they applied (in their Lucene commit), so a node catches up from its own cursor.
/// </summary>
public sealed class SearchTask
{
    public long Id { get; init; }
    public required string ContentItemId { get; init; }
    public DateTime CreatedUtc { get; init; }
}

internal sealed class SearchTaskTable : ITenantModel
{
    public void Configure(ModelBuilder modelBuilder) => modelBuilder.Entity<SearchTask>(task =>
    {
        task.ToTable("SearchTasks").HasKey(t => t.Id);
        task.Property(t => t.ContentItemId).HasMaxLength(64);
    });
}
