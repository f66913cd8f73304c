using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Verkostoportaali.Core.Data;

namespace Verkostoportaali.Core.Content;

/// <summary>
/// A typed lookup row derived from one content item version (a slug, a date, a register number),
/// so that queries need not read JSON. Rows go with their version: queries join <see cref="Version"/>
/// to ask for the latest or the published one.
/// </summary>
public abstract class ContentLookupRow
{
    public int Id { get; set; }
    public int VersionRowId { get; set; }
    public ContentItem Version { get; set; } = null!;
}

/// <summary>Keeps a lookup table in step with content: called for each version the content manager saves, in the same SaveChanges.</summary>
public interface IContentLookup
{
    /// <summary>Replaces the version's rows in this table with rows mapped from its current parts.</summary>
    Task ReplaceAsync(TenantDbContext db, ContentItem version, CancellationToken cancellationToken);
}

/// <summary>Base for a module's lookup: map a version to rows; the kernel stores and replaces them.</summary>
public abstract class ContentLookup<TRow> : IContentLookup, ITenantModel where TRow : ContentLookupRow
{
    /// <summary>The rows for this version; none when the item has nothing to look up.</summary>
    protected abstract IEnumerable<TRow> Map(ContentItem version);

    /// <summary>Columns and indexes of the lookup table.</summary>
    protected virtual void Configure(EntityTypeBuilder<TRow> table)
    {
    }

    public async Task ReplaceAsync(TenantDbContext db, ContentItem version, CancellationToken cancellationToken)
    {
        var rows = db.Set<TRow>();
        if (version.Id != 0)
        {
            rows.RemoveRange(await rows.Where(r => r.VersionRowId == version.Id).ToListAsync(cancellationToken));
        }
        foreach (var row in Map(version))
        {
            row.Version = version;
            rows.Add(row);
        }
    }

    void ITenantModel.Configure(ModelBuilder modelBuilder)
    {
        var table = modelBuilder.Entity<TRow>();
        table.ToTable(typeof(TRow).Name);
        table.HasOne(r => r.Version).WithMany().HasForeignKey(r => r.VersionRowId).OnDelete(DeleteBehavior.Cascade);
        Configure(table);
    }
}
