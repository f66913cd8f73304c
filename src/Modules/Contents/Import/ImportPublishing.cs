using Microsoft.AspNetCore.Authorization;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Security;

namespace Verkostoportaali.Contents.Import;

/// <summary>
/// What an import that publishes may publish: only the version it writes itself, made from the published version (or
/// a new item), and for a signed-in user only with the right to publish the item. An item whose latest version is a
/// draft, an editor's or an earlier import's, has work nobody reviewed with this import: publishing would publish it too.
/// </summary>
public sealed class ImportPublishing(ContentManager content, IAuthorizationService authorization)
{
    /// <summary>
    /// Why the item stays a draft, or null when the import publishes it (or was not asked to). <paramref name="latest"/> is
    /// the item's latest version before the import, null for a new item; <paramref name="writes"/> whether the import changes it.
    /// </summary>
    public async Task<ImportMessage?> RefusalAsync(string contentType, ContentItem? latest, bool writes, ImportOptions options)
    {
        if (!options.Publish || (latest is { Published: true } && !writes))
        {
            return null;
        }
        if (latest is { Published: false })
        {
            return writes
                ? new ImportMessage(null, "Saved as a draft and not published: the item has a draft that is not published yet, and an import publishes only what it writes itself. Review the draft and publish it in the editor.")
                : new ImportMessage(null, "Not published: the item has a draft that is not published yet, and an import publishes only what it writes itself. Review the draft and publish it in the editor.");
        }
        var item = latest ?? new ContentItem { ContentItemId = "", VersionId = "", ContentType = contentType, Owner = options.User };
        return options.Principal is { } user && !(await authorization.AuthorizeAsync(user, item, new ContentRequirement(ContentOperation.Publish))).Succeeded
            ? new ImportMessage(null, "Saved as a draft and not published: you do not have the right to publish this item.")
            : null;
    }

    /// <summary>
    /// Writes the import's change to an existing item and, when <paramref name="publish"/>, publishes just that version.
    /// On a latest draft the change is a new version on top of it: the draft stays in the history as its author left
    /// it, the import's version (the draft's content with the import's changes) becomes the latest draft, and nothing
    /// is published, as <see cref="RefusalAsync"/> says.
    /// </summary>
    public async Task WriteAsync(ContentItem latest, Action<ContentItem> change, bool publish, CancellationToken cancellationToken)
    {
        var written = latest.Published
            ? await content.UpdateDraftAsync(latest.ContentItemId, change, cancellationToken)
            : await content.AddDraftAsync(latest.ContentItemId, change, cancellationToken);
        if (publish)
        {
            // The version written here and no other: an editor's save in between is a conflict, not published unseen.
            await content.PublishAsync(latest.ContentItemId, written.Stamp, cancellationToken);
        }
    }
}
