using Verkostoportaali.Core.Content;

namespace Verkostoportaali.Recipes;

/// <summary><c>{ "name": "ContentDefinition", "types": [ … ] }</c>: adds or replaces content types.</summary>
public sealed class ContentDefinitionStep(ContentDefinitionStore definitions, ContentPartRegistry parts)
    : RecipeStep<ContentDefinitionStep.Data>("ContentDefinition")
{
    public sealed record Data(IReadOnlyList<ContentTypeDefinition> Types);

    protected override IEnumerable<string> Validate(Data step) =>
        step.Types.SelectMany(type => type.Parts.Where(p => parts.Find(p) is null)
            .Select(p => $"Content type '{type.Name}' names the unknown part '{p}'."));

    protected override async Task ExecuteAsync(Data step, RecipeContext context, CancellationToken cancellationToken)
    {
        foreach (var type in step.Types)
        {
            await definitions.SaveAsync(type, cancellationToken);
        }
    }
}
