using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Verkostoportaali.Core.Content;

namespace Verkostoportaali.Taxonomies;

/// <summary>The item's terms, by vocabulary: <c>{ "regions": ["kainuu"], "municipalities": ["suomussalmi"] }</c>.</summary>
public sealed record TermsPart(IReadOnlyDictionary<string, IReadOnlyList<string>> Terms) : ContentPart
{
    public IReadOnlyList<string> Of(string vocabulary) => Terms.GetValueOrDefault(vocabulary) ?? [];
}

/// <summary>Lookup row: one term of one version, so that lists can filter by region, municipality or theme.</summary>
public sealed class ItemTerm : ContentLookupRow
{
    public required string Vocabulary { get; init; }
    public required string TermId { get; init; }
}

internal sealed class ItemTerms : ContentLookup<ItemTerm>
{
    protected override IEnumerable<ItemTerm> Map(ContentItem version) =>
        version.Get<TermsPart>()?.Terms.SelectMany(v => v.Value.Distinct().Select(id => new ItemTerm { Vocabulary = v.Key, TermId = id })) ?? [];

    protected override void Configure(EntityTypeBuilder<ItemTerm> table) => table.HasIndex(t => new { t.Vocabulary, t.TermId });
}
