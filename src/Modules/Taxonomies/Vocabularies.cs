using Microsoft.EntityFrameworkCore;
using Verkostoportaali.ContentFields;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Data;

namespace Verkostoportaali.Taxonomies;

/// <summary>
/// Reads a tenant's vocabularies and their terms, each once per scope: a list page names the terms of every item on it,
/// which must not cost a query per item.
/// </summary>
public sealed class Vocabularies(TenantDbContext db) : ITermFieldVocabularies
{
    private readonly Dictionary<string, IReadOnlyList<Term>> terms = [];
    private IReadOnlyList<Vocabulary>? vocabularies;

    public async Task<Vocabulary?> FindAsync(string vocabulary, CancellationToken cancellationToken = default) =>
        (await ListAsync(cancellationToken)).FirstOrDefault(v => v.Id == vocabulary);

    public async Task<IReadOnlyList<Vocabulary>> ListAsync(CancellationToken cancellationToken = default) =>
        vocabularies ??= await db.Set<Vocabulary>().AsNoTracking().OrderBy(v => v.Id).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Term>> TermsAsync(string vocabulary, CancellationToken cancellationToken = default)
    {
        if (!terms.TryGetValue(vocabulary, out var list))
        {
            list = await db.Set<Term>().AsNoTracking().Where(t => t.Vocabulary == vocabulary)
                .OrderBy(t => t.Order).ToListAsync(cancellationToken);
            terms[vocabulary] = list;
        }
        return list;
    }

    /// <summary>The term's name in the culture; the id itself for a term the vocabulary does not have.</summary>
    public async Task<string> NameAsync(string vocabulary, string termId, string culture, CancellationToken cancellationToken = default) =>
        (await TermsAsync(vocabulary, cancellationToken)).FirstOrDefault(t => t.Id == termId)?.Name.For(culture) ?? termId;

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
}
