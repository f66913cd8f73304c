using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Data;

namespace Verkostoportaali.Projects;

/// <summary>Lookup row: which project holds a register number.</summary>
public sealed class ProjectNumber : ContentLookupRow
{
    public required string Number { get; init; }
}

internal sealed class ProjectNumbers : ContentLookup<ProjectNumber>
{
    protected override IEnumerable<ProjectNumber> Map(ContentItem version) =>
        version.Get<RegisterCardPart>()?.ProjectNumber is { } number ? [new ProjectNumber { Number = number }] : [];

    protected override void Configure(EntityTypeBuilder<ProjectNumber> table) => table.HasIndex(r => r.Number);
}

/// <summary>
/// Refuses a register number that another project of the site already holds. A unique index cannot say this,
/// because every version of one project repeats its number; a translation (same localization set) may share it.
/// </summary>
internal sealed class UniqueProjectNumbers(TenantDbContext db) : IContentHandler
{
    public async Task UpdatingAsync(ContentItem version, CancellationToken cancellationToken)
    {
        if (version.Get<RegisterCardPart>()?.ProjectNumber is not { } number)
        {
            return;
        }
        var holder = await db.Set<ProjectNumber>()
            .Where(r => r.Number == number && r.Version.ContentItemId != version.ContentItemId
                && (r.Version.Latest || r.Version.Published)
                && (version.LocalizationSet == null || r.Version.LocalizationSet != version.LocalizationSet))
            .Select(r => r.Version.DisplayText)
            .FirstOrDefaultAsync(cancellationToken);
        if (holder is not null)
        {
            throw new ContentValidationException(version, [new ContentError(nameof(RegisterCardPart),
                nameof(RegisterCardPart.ProjectNumber), $"Project number {number} is already used by '{holder}' on this site.")]);
        }
    }
}
