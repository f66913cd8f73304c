using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Localization;
using Verkostoportaali.Messaging;

namespace Verkostoportaali.Networks.JoinRequests;

/// <summary>Requests to join that nobody has handled yet, on the dashboard of those who handle them.</summary>
public sealed class JoinRequestAttention(TenantDbContext db, IStringLocalizer<JoinRequestAttention> T) : IAdminAttention
{
    public Permission Permission => NetworksModule.ManageJoinRequests;

    public async Task<IReadOnlyList<Attention>> ListAsync(CancellationToken cancellationToken = default)
    {
        var open = await db.Set<JoinRequest>().CountAsync(r => r.HandledUtc == null, cancellationToken);
        return open == 0 ? [] :
        [
            new(T.Plural(open, "{0} request to join a network waits to be handled.", "{0} requests to join networks wait to be handled."), JoinRequestMails.AdminPath),
        ];
    }
}
