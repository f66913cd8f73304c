using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Security;

namespace Verkostoportaali.Contents.Admin;

/// <summary>What the signed-in user may do with content: the checks every admin page and handler makes on the server.</summary>
public sealed class ContentAccess(IAuthorizationService authorization, ContentDefinitionStore definitions, ContentManager content)
{
    /// <summary>
    /// The item's latest version when the user may do the operation on it; else the answer to give instead: 404 for an
    /// id this tenant does not have, 403 when it is not allowed (not Forbid(), which the cookie scheme turns into a
    /// redirect to the login page for a user who is already signed in).
    /// </summary>
    public async Task<(ContentItem? Item, IActionResult? Refusal)> OpenAsync(ClaimsPrincipal user, string contentItemId,
        ContentOperation operation, CancellationToken cancellationToken)
    {
        if (await content.GetAsync(contentItemId, VersionOptions.Latest, cancellationToken) is not { } item)
        {
            return (null, new NotFoundResult());
        }
        return await CanAsync(user, item, operation) ? (item, null) : (item, new StatusCodeResult(StatusCodes.Status403Forbidden));
    }

    public async Task<bool> CanAsync(ClaimsPrincipal user, ContentItem item, ContentOperation operation) =>
        (await authorization.AuthorizeAsync(user, item, new ContentRequirement(operation))).Succeeded;

    /// <summary>The types whose items the user may create or edit (at least their own).</summary>
    public async Task<IReadOnlyList<ContentTypeDefinition>> EditableTypesAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var editable = new List<ContentTypeDefinition>();
        foreach (var type in await definitions.ListAsync(cancellationToken))
        {
            if (await authorization.HasPermissionAsync(user, ContentPermissions.For(type.Name, ContentOperation.Edit, own: true)))
            {
                editable.Add(type);
            }
        }
        return editable;
    }

    /// <summary>The item's versions in other languages: the other items of its localization set.</summary>
    public async Task<IReadOnlyList<ContentItem>> VariantsAsync(ContentItem item, CancellationToken cancellationToken) =>
        item.LocalizationSet is not { } set ? [] : await content.Query(version: VersionOptions.Latest)
            .Where(i => i.LocalizationSet == set && i.ContentItemId != item.ContentItemId).ToListAsync(cancellationToken);

    /// <summary>Whether the user may edit others' items of the type, not only their own.</summary>
    public Task<bool> EditsAllAsync(ClaimsPrincipal user, string contentType) =>
        authorization.HasPermissionAsync(user, ContentPermissions.For(contentType, ContentOperation.Edit, own: false));
}
