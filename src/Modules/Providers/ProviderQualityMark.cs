using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Verkostoportaali.Core.Content;

namespace Verkostoportaali.Providers;

/// <summary>Lookup row: one quality mark of one version, so that the directory can ask "has a valid LuontoHoiva mark".</summary>
public sealed class ProviderQualityMark : ContentLookupRow
{
    public required QualityMarkKind Kind { get; init; }
    public required DateOnly ValidThrough { get; init; }
}

internal sealed class ProviderQualityMarks : ContentLookup<ProviderQualityMark>
{
    protected override IEnumerable<ProviderQualityMark> Map(ContentItem version) =>
        version.Get<ProviderPart>()?.Services.Select(s => s.QualityMark).OfType<QualityMark>()
            .Select(m => new ProviderQualityMark { Kind = m.Kind, ValidThrough = m.ValidThrough }) ?? [];

    protected override void Configure(EntityTypeBuilder<ProviderQualityMark> table)
    {
        table.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
        table.HasIndex(m => new { m.Kind, m.ValidThrough });
    }
}
