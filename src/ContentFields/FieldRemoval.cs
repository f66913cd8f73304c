using Verkostoportaali.Core.Content;

namespace Verkostoportaali.ContentFields;

/// <summary>What becomes of the values saved in a field that is removed from its type.</summary>
public enum RemovedFieldValues
{
    Delete,
    KeepHidden,
}

/// <summary>
/// Removes a simple field from a type together with its values in every version of every item of the type: deleted, or
/// kept hidden (<see cref="FieldsPart.HiddenMember"/>). The definition and the values change in one transaction, so a
/// field is never gone while its values are still shown, nor the other way round.
/// </summary>
public sealed class FieldRemoval(ContentRewriter rewriter, ContentDefinitionStore definitions)
{
    public Task RemoveAsync(ContentTypeDefinition type, string field, RemovedFieldValues values, CancellationToken cancellationToken)
    {
        if (type.Fields.All(f => f.Name != field))
        {
            throw new ContentException($"Content type '{type.Name}' has no field '{field}'.");
        }
        var keepUnder = values == RemovedFieldValues.KeepHidden ? FieldsPart.HiddenMember : null;
        // Only versions whose JSON names the field at all; the field's name is a slug, so it needs no escaping in JSON.
        return rewriter.RewriteAsync(type.Name, "\"" + field + "\"",
            version => version.TakeOutStored<FieldsPart>(nameof(FieldsPart.Values), field, keepUnder),
            () => definitions.SaveAsync(type with { Fields = [.. type.Fields.Where(f => f.Name != field)] }, cancellationToken),
            cancellationToken);
    }
}
