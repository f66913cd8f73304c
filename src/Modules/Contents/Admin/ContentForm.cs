using Microsoft.AspNetCore.Http;
using Verkostoportaali.Contents.Editing;
using Verkostoportaali.Core.Content;

namespace Verkostoportaali.Contents.Admin;

/// <summary>Reads the editor's form and hands the parts to the content manager; what is wrong comes back as errors and nothing is saved.</summary>
public sealed class ContentForm(ContentEditor editor, ContentManager content)
{
    public async Task<SaveResult> CreateAsync(ContentTypeDefinition type, IFormCollection form, string user, bool publish,
        CancellationToken cancellationToken)
    {
        var (parts, errors) = editor.Bind(type, form);
        if (errors.Count > 0)
        {
            return new SaveResult(null, errors);
        }
        var item = await content.NewAsync(type.Name, cancellationToken);
        item.Owner = user;
        Apply(item, parts, user);
        return await TryAsync(async () =>
        {
            await content.CreateAsync(item, publish, cancellationToken);
            return item;
        });
    }

    /// <summary>
    /// Saves the form as the item's draft (a new draft when the latest version is published); refused as a conflict when
    /// someone saved the item after the version the form was opened on (its <see cref="StampField"/>).
    /// </summary>
    public async Task<SaveResult> UpdateAsync(ContentTypeDefinition type, string contentItemId, IFormCollection form, string user,
        CancellationToken cancellationToken)
    {
        var (parts, errors) = editor.Bind(type, form);
        var basedOn = VersionStamp.Parse(form[StampField]);
        return errors.Count > 0
            ? new SaveResult(null, errors)
            : await TryAsync(() => content.UpdateDraftAsync(contentItemId, basedOn, draft => Apply(draft, parts, user), cancellationToken));
    }

    /// <summary>The hidden field holding the version the form was opened on.</summary>
    public const string StampField = "stamp";

    /// <summary>Runs a content manager call, turning its refusal into errors for the form.</summary>
    public static async Task<SaveResult> TryAsync(Func<Task<ContentItem>> save)
    {
        try
        {
            return new SaveResult(await save(), []);
        }
        catch (ContentValidationException invalid)
        {
            return new SaveResult(null, invalid.Errors);
        }
        catch (ContentConflictException conflict)
        {
            return new SaveResult(null, [], conflict);
        }
        catch (ContentException refused)
        {
            return new SaveResult(null, [new ContentError("", "", refused.Message)]);
        }
    }

    private static void Apply(ContentItem item, IEnumerable<ContentPart> parts, string user)
    {
        foreach (var part in parts)
        {
            item.Apply(part);
        }
        item.Author = user;
    }
}

/// <summary>What a save did: the saved version, or why nothing was saved (errors, or a conflict with someone else's save).</summary>
public sealed record SaveResult(ContentItem? Item, IReadOnlyList<ContentError> Errors, ContentConflictException? Conflict = null)
{
    public bool Saved => Item is not null;
}
