using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Data;

namespace Verkostoportaali.Search.Outbox;

/// <summary>
/// How far one node's indexes have applied the tenant's outbox, so that every node's progress is visible to the others:
/// rows every recently seen node has applied can be deleted.
/// </summary>
public sealed class SearchCursor
{
    public required string Node { get; init; }
    public long Cursor { get; set; }
    public DateTime UpdatedUtc { get; set; }
}

internal sealed class SearchCursorTable : ITenantModel
{
    public const int NodeLength = 128;

    public void Configure(ModelBuilder modelBuilder) => modelBuilder.Entity<SearchCursor>(cursor =>
    {
        cursor.ToTable("SearchCursors").HasKey(c => c.Node);
        cursor.Property(c => c.Node).HasMaxLength(NodeLength);
    });
}
