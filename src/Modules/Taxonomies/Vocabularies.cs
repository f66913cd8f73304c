using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Verkostoportaali.ContentFields;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Data;

namespace Verkostoportaali.Taxonomies;

/// <summary>
/// Reads a tenant's vocabularies and their terms once for each version of its data (<see cref="TenantChanges"/>), for
/// every request: a list page names the terms of every item on it, which must cost no query per item, nor per page.
/// Inside a transaction, which may have written terms not yet committed (a recipe's taxonomy step, then its items),
/// they are read afresh on each call instead.
/// </summary>
public sealed class Vocabularies(TenantDbOnDemand database, TenantContext tenant, TenantChanges changes, IMemoryCache cache) : ITermFieldVocabularies
{
    public async Task<Vocabulary?> FindAsync(string vocabulary, CancellationToken cancellationToken = default) =>
        (await ListAsync(cancellationToken)).FirstOrDefault(v => v.Id == vocabulary);

    public async Task<IReadOnlyList<Vocabulary>> ListAsync(CancellationToken cancellationToken = default) =>
        (await TaxonomyAsync(cancellationToken)).Vocabularies;

    public async Task<IReadOnlyList<Term>> TermsAsync(string vocabulary, CancellationToken cancellationToken = default) =>
        (await TaxonomyAsync(cancellationToken)).Terms.GetValueOrDefault(vocabulary) ?? [];

    /// <summary>The term's name in the culture; the id itself for a term the vocabulary does not have.</summary>
    public async Task<string> NameAsync(string vocabulary, string termId, string culture, CancellationToken cancellationToken = default) =>
        (await TaxonomyAsync(cancellationToken)).ById.GetValueOrDefault((vocabulary, termId))?.Name.For(culture) ?? termId;

    /// <summary>The term with this id, or with this name in Finnish, Swedish or English (case aside); null for none.</summary>
    public async Task<Term?> FindTermAsync(string vocabulary, string idOrName, CancellationToken cancellationToken = default)
    {
        var list = await TermsAsync(vocabulary, cancellationToken);
        return list.FirstOrDefault(t => t.Id == idOrName) ?? list.FirstOrDefault(t => TermNames.Matches(t.Name, idOrName));
    }

    public async Task<IReadOnlyList<TermName>> TermsOfAsync(ContentItem item, string culture, CancellationToken cancellationToken = default)
    {
        var names = new List<TermName>();
        foreach (var (vocabulary, ids) in item.Get<TermsPart>()?.Terms ?? new Dictionary<string, IReadOnlyList<string>>())
        {
            foreach (var id in ids)
            {
                names.Add(new TermName(vocabulary, id, await NameAsync(vocabulary, id, culture, cancellationToken)));
            }
        }
        return names;
    }

    async Task<IReadOnlyList<VocabularyChoice>> ITermFieldVocabularies.VocabulariesAsync(CancellationToken cancellationToken) =>
        [.. (await ListAsync(cancellationToken)).Select(v => new VocabularyChoice(v.Id, v.Label))];

    private async Task<Taxonomy> TaxonomyAsync(CancellationToken cancellationToken)
    {
        if (database.IfLeased?.Database.CurrentTransaction is not null)
        {
            return await Taxonomy.LoadAsync(database.Context, cancellationToken);
        }
        return await cache.GetOrMakeAsync(changes, tenant.Tenant.Name, typeof(Taxonomy), () => Taxonomy.LoadAsync(database.Context, cancellationToken));
    }

    /// <summary>Every vocabulary and term of the site, read in two queries; shared by requests, so never changed.</summary>
    private sealed record Taxonomy(IReadOnlyList<Vocabulary> Vocabularies, Dictionary<string, IReadOnlyList<Term>> Terms,
        Dictionary<(string Vocabulary, string Id), Term> ById)
    {
        public static async Task<Taxonomy> LoadAsync(TenantDbContext db, CancellationToken cancellationToken)
        {
            var vocabularies = await db.Set<Vocabulary>().AsNoTracking().OrderBy(v => v.Id).ToListAsync(cancellationToken);
            var terms = await db.Set<Term>().AsNoTracking().OrderBy(t => t.Vocabulary).ThenBy(t => t.Order).ToListAsync(cancellationToken);
            return new Taxonomy(vocabularies,
                terms.GroupBy(t => t.Vocabulary).ToDictionary(g => g.Key, g => (IReadOnlyList<Term>)[.. g]),
                terms.DistinctBy(t => (t.Vocabulary, t.Id)).ToDictionary(t => (t.Vocabulary, t.Id)));
        }
    }
}
