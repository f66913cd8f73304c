using Verkostoportaali.Core.Content;

namespace Verkostoportaali.ContentFields;

/// <summary>A vocabulary a term field can take its terms from, with its name in fi/sv/en.</summary>
public sealed record VocabularyChoice(string Id, LocalizedText Label);

/// <summary>A term an item carries: its vocabulary, its id and its name in one culture.</summary>
public sealed record TermName(string Vocabulary, string Id, string Name);

/// <summary>
/// The tenant's vocabularies as the simple fields of kind <see cref="ContentFieldKind.Term"/> use them; implemented by
/// the Taxonomies module, so that the content admin and item pages need not know where terms are kept.
/// </summary>
public interface ITermFieldVocabularies
{
    /// <summary>The vocabularies a term field can take its terms from.</summary>
    Task<IReadOnlyList<VocabularyChoice>> VocabulariesAsync(CancellationToken cancellationToken = default);

    /// <summary>The term's name in the culture; the id itself for a term the vocabulary does not have.</summary>
    Task<string> NameAsync(string vocabulary, string termId, string culture, CancellationToken cancellationToken = default);

    /// <summary>The terms the item is classified by, with their names in the culture.</summary>
    Task<IReadOnlyList<TermName>> TermsOfAsync(ContentItem item, string culture, CancellationToken cancellationToken = default);
}

/// <summary>The vocabularies of a portal without the Taxonomies module: none, and a term shows as its id.</summary>
internal sealed class NoVocabularies : ITermFieldVocabularies
{
    public Task<IReadOnlyList<VocabularyChoice>> VocabulariesAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<VocabularyChoice>>([]);

    public Task<string> NameAsync(string vocabulary, string termId, string culture, CancellationToken cancellationToken = default) =>
        Task.FromResult(termId);

    public Task<IReadOnlyList<TermName>> TermsOfAsync(ContentItem item, string culture, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<TermName>>([]);
}
