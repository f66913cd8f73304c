using Verkostoportaali.Core.Security;

namespace Verkostoportaali.Messaging;

/// <summary>Something on the site that waits for an administrator: a sentence in the page's language and the admin page that handles it.</summary>
public sealed record Attention(string Text, string AdminPath, bool Overdue = false);

/// <summary>
/// What a module has waiting for the site's people (mail that failed, feedback near its deadline), listed on the admin
/// dashboard to those who hold <see cref="Permission"/>. Registered by the module, so asked only in tenants with its feature.
/// </summary>
public interface IAdminAttention
{
    Permission Permission { get; }

    Task<IReadOnlyList<Attention>> ListAsync(CancellationToken cancellationToken = default);
}
