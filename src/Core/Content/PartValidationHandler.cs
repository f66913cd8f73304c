using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Localization;

namespace Verkostoportaali.Core.Content;

/// <summary>
/// Checks every part of a version against its DataAnnotations (and <see cref="IValidatableObject"/>) before it is
/// saved, so that no invalid content is stored whatever the way in: editor, recipe, import or API.
/// </summary>
internal sealed class PartValidationHandler(ContentPartRegistry parts, IServiceProvider services, IStringLocalizerFactory localizers)
    : IContentHandler
{
    public Task UpdatingAsync(ContentItem version, CancellationToken cancellationToken)
    {
        var errors = new List<ContentError>();
        foreach (var name in version.PartNames)
        {
            if (parts.Find(name) is not { } type || version.Get(type) is not { } part)
            {
                continue;
            }
            var results = new List<ValidationResult>();
            // The services let validators localize messages that carry values; plain messages are msgids of the part's
            // module, translated here by its PO files.
            Validator.TryValidateObject(part, new ValidationContext(part, services, items: null), results, validateAllProperties: true);
            var localizer = localizers.Create(type);
            errors.AddRange(results.SelectMany(r => (r.MemberNames.Any() ? r.MemberNames : [""]).Select(member =>
                new ContentError(name, member, (r.ErrorMessage is null ? localizer["The value is not valid."] : localizer[r.ErrorMessage]).Value))));
        }
        return errors.Count == 0 ? Task.CompletedTask : throw new ContentValidationException(version, errors);
    }
}

/// <summary>What is wrong with one field of one part, for the editor to show next to the field.</summary>
public sealed record ContentError(string Part, string Field, string Message);

/// <summary>A version failed validation and was not saved.</summary>
public sealed class ContentValidationException(ContentItem version, IReadOnlyList<ContentError> errors)
    : ContentException($"'{version.DisplayText}' ({version.ContentType}) is not valid: "
        + string.Join(" ", errors.Select(e => $"{e.Part}.{e.Field}: {e.Message}")))
{
    public IReadOnlyList<ContentError> Errors { get; } = errors;
}
