using Microsoft.Extensions.Localization;
using Verkostoportaali.Core.Content;

namespace Verkostoportaali.Taxonomies;

/// <summary>
/// An item keeps its terms by id, whatever the way in (editor, recipe, import, API): a term given by its name in
/// Finnish, Swedish or English is saved as its id, and a value no term of a vocabulary with terms has is refused.
/// </summary>
internal sealed class TermsPartIds(Vocabularies vocabularies, IStringLocalizer<TermsPartIds> T) : IContentHandler
{
    public async Task UpdatingAsync(ContentItem version, CancellationToken cancellationToken)
    {
        if (version.Get<TermsPart>() is not { } part)
        {
            return;
        }
        var ids = new Dictionary<string, IReadOnlyList<string>>();
        var errors = new List<ContentError>();
        foreach (var (vocabulary, values) in part.Terms)
        {
            var known = (await vocabularies.TermsAsync(vocabulary, cancellationToken)).Count > 0;
            var found = new List<string>();
            foreach (var value in values)
            {
                var term = await vocabularies.FindTermAsync(vocabulary, value, cancellationToken);
                if (term is null && known)
                {
                    errors.Add(new ContentError(nameof(TermsPart), $"{nameof(TermsPart.Terms)}[{vocabulary}]", T["Choose a term from the list."]));
                }
                found.Add(term?.Id ?? value);
            }
            ids[vocabulary] = found;
        }
        if (errors.Count > 0)
        {
            throw new ContentValidationException(version, errors);
        }
        if (ids.Any(v => !v.Value.SequenceEqual(part.Of(v.Key))))
        {
            version.Apply(new TermsPart(ids));
        }
    }
}
