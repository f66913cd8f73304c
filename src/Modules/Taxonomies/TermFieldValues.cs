using Microsoft.Extensions.Localization;
using Verkostoportaali.ContentFields;
using Verkostoportaali.Core.Content;

namespace Verkostoportaali.Taxonomies;

/// <summary>
/// A term field's value must be a term of the field's vocabulary, whatever the way in (editor, forged form, recipe,
/// API); checked here, where the terms are, before the version is saved. The kernel checks only the value's length.
/// </summary>
internal sealed class TermFieldValues(ContentDefinitionStore definitions, Vocabularies vocabularies, IStringLocalizer<TermFieldValues> T)
    : IContentHandler
{
    public async Task UpdatingAsync(ContentItem version, CancellationToken cancellationToken)
    {
        if (version.Get<FieldsPart>() is not { } part)
        {
            return;
        }
        var termFields = (await definitions.FindAsync(version.ContentType, cancellationToken))?.Fields
            .Where(f => f.Kind == ContentFieldKind.Term && part.ValueOf(f.Name) is not null) ?? [];
        var errors = new List<ContentError>();
        foreach (var field in termFields)
        {
            var terms = field.Vocabulary is null ? [] : await vocabularies.TermsAsync(field.Vocabulary, cancellationToken);
            if (!terms.Any(t => t.Id == part.ValueOf(field.Name)))
            {
                errors.Add(new ContentError(nameof(FieldsPart), $"{nameof(FieldsPart.Values)}[{field.Name}]", T["Choose a term from the list."]));
            }
        }
        if (errors.Count > 0)
        {
            throw new ContentValidationException(version, errors);
        }
    }
}
