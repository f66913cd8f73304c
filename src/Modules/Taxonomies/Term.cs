using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Data;

namespace Verkostoportaali.Taxonomies;

/// <summary>A named list of terms, such as "regions"; its id is the key content refers to.</summary>
public sealed class Vocabulary
{
    public required string Id { get; init; }
    public required LocalizedText Label { get; set; }
}

/// <summary>One term of a vocabulary. Ids are stable slugs ("keski-suomi"), the same in every tenant, so that portal search can facet on them.</summary>
public sealed class Term
{
    public required string Vocabulary { get; init; }
    public required string Id { get; init; }
    public required LocalizedText Name { get; set; }
    /// <summary>A term of another vocabulary this one belongs to, e.g. a municipality's region.</summary>
    public string? Parent { get; set; }
    public int Order { get; set; }
}

internal sealed class TaxonomyTables : ITenantModel
{
    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Vocabulary>(vocabulary =>
        {
            vocabulary.ToTable("Vocabularies").HasKey(v => v.Id);
            vocabulary.ComplexProperty(v => v.Label);
        });
        modelBuilder.Entity<Term>(term =>
        {
            term.ToTable("Terms").HasKey(t => new { t.Vocabulary, t.Id });
            term.ComplexProperty(t => t.Name);
            term.HasIndex(t => t.Parent);
        });
    }
}
