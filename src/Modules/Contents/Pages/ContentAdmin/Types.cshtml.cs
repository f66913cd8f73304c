using Microsoft.AspNetCore.Mvc.RazorPages;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Security;

namespace Verkostoportaali.Contents.Pages.ContentAdmin;

/// <summary>The tenant's content types, each with the simple fields an admin added.</summary>
[RequirePermission("ManageContentTypes")]
public sealed class TypesModel(ContentDefinitionStore definitions) : PageModel
{
    public IReadOnlyList<ContentTypeDefinition> Types { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Types = await definitions.ListAsync(cancellationToken);
}
