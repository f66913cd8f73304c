using System.Text.Json;
using Verkostoportaali.Core.Content;

namespace Verkostoportaali.Recipes;

/// <summary>
/// <c>{ "name": "Content", "items": [ … ] }</c>: creates items, or updates them by <c>contentItemId</c>;
/// an item that already holds the same parts is left alone, so running the recipe again changes nothing.
/// </summary>
public sealed class ContentStep(ContentManager content, ContentPartRegistry parts) : RecipeStep<ContentStep.Data>("Content")
{
    public sealed record Data(IReadOnlyList<Item> Items);

    public sealed record Item(
        string ContentItemId,
        string ContentType,
        IReadOnlyDictionary<string, JsonElement> Parts,
        string Culture = "fi",
        string? LocalizationSet = null,
        bool Published = true);

    protected override IEnumerable<string> Validate(Data step) =>
        step.Items.SelectMany(item => item.Parts.Select(p => PartProblem(item, p.Key, p.Value)).OfType<string>());

    protected override async Task ExecuteAsync(Data step, RecipeContext context, CancellationToken cancellationToken)
    {
        foreach (var item in step.Items)
        {
            var typed = item.Parts.Select(p => ToPart(p.Key, p.Value)).ToList();
            var existing = await content.GetAsync(item.ContentItemId, VersionOptions.Latest, cancellationToken);
            if (existing is null)
            {
                var created = await content.NewAsync(item.ContentType, cancellationToken);
                var fresh = new ContentItem
                {
                    ContentItemId = item.ContentItemId,
                    VersionId = created.VersionId,
                    ContentType = item.ContentType,
                    Culture = item.Culture,
                    LocalizationSet = item.LocalizationSet,
                };
                typed.ForEach(p => fresh.Apply(p));
                await content.CreateAsync(fresh, item.Published, cancellationToken);
                continue;
            }
            if (!typed.All(existing.Holds))
            {
                await content.UpdateDraftAsync(item.ContentItemId, draft => typed.ForEach(p => draft.Apply(p)), cancellationToken);
            }
            if (item.Published)
            {
                await content.PublishAsync(item.ContentItemId, cancellationToken);
            }
        }
    }

    private string? PartProblem(Item item, string partName, JsonElement json)
    {
        if (parts.Find(partName) is null)
        {
            return $"Item '{item.ContentItemId}' has the unknown part '{partName}'.";
        }
        try
        {
            _ = ToPart(partName, json);
            return null;
        }
        catch (JsonException e)
        {
            return $"Item '{item.ContentItemId}', part '{partName}': {e.Message}";
        }
    }

    private ContentPart ToPart(string partName, JsonElement json) =>
        (ContentPart?)json.Deserialize(parts.Find(partName)!, ContentJson.Options)
        ?? throw new JsonException("The part is empty.");
}
