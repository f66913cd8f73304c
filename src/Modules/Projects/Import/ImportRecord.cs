using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Data;

namespace Verkostoportaali.Projects.Import;

/// <summary>
/// What the last import wrote into one project variant. A field whose value on the site differs from it was changed
/// by an editor since, and a later import keeps it (a conflict) unless told to overwrite.
/// </summary>
public sealed class ImportRecord
{
    public int Id { get; set; }
    public required string ContentItemId { get; init; }
    public required string Title { get; set; }
    public required RegisterCardPart Card { get; set; }
    public DateTime ImportedUtc { get; set; }
    public required string ImportedBy { get; set; }
}

internal sealed class ImportRecordTable : ITenantModel
{
    public void Configure(ModelBuilder modelBuilder)
    {
        var table = modelBuilder.Entity<ImportRecord>();
        table.ToTable("ProjectImportRecord");
        table.HasIndex(r => r.ContentItemId).IsUnique();
        // Stored as the part's own JSON, as content versions store it.
        table.Property(r => r.Card).HasConversion(
            card => JsonSerializer.Serialize(card, ContentJson.Options),
            json => JsonSerializer.Deserialize<RegisterCardPart>(json, ContentJson.Options)!);
    }
}
