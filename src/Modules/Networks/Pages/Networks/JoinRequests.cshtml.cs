using Verkostoportaali.Core.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Settings;
using Verkostoportaali.Networks.JoinRequests;

namespace Verkostoportaali.Networks.Pages.Networks;

/// <summary>The tenant's join requests for its editors, newest first, filtered by network and by whether they were handled.</summary>
[RequirePermission("ManageJoinRequests")]
public sealed class JoinRequestsModel(TenantDbContext db, ContentManager content, SiteSettingsStore settings, TimeProvider clock)
    : PageModel
{
    private static readonly TimeZoneInfo Finland = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    [BindProperty(SupportsGet = true, Name = "network")]
    public string? Network { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public JoinRequestState State { get; set; } = JoinRequestState.Unhandled;

    public IReadOnlyList<JoinRequest> Requests { get; private set; } = [];
    public int RetentionMonths { get; private set; }

    /// <summary>Network names by content item id, for the filter and the table.</summary>
    public IReadOnlyDictionary<string, string> Networks { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        RetentionMonths = (await settings.GetAsync<NetworkSettings>(cancellationToken)).JoinRequestRetentionMonths;
        Networks = await content.Query(NetworksModule.NetworkType, VersionOptions.Latest)
            .ToDictionaryAsync(i => i.ContentItemId, i => i.DisplayText, cancellationToken);
        var requests = db.Set<JoinRequest>().AsNoTracking();
        if (!string.IsNullOrEmpty(Network))
        {
            requests = requests.Where(r => r.NetworkContentItemId == Network);
        }
        requests = State switch
        {
            JoinRequestState.Unhandled => requests.Where(r => r.HandledUtc == null),
            JoinRequestState.Handled => requests.Where(r => r.HandledUtc != null),
            _ => requests,
        };
        Requests = await requests.OrderByDescending(r => r.CreatedUtc).ToListAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostHandledAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.Set<JoinRequest>().FindAsync([id], cancellationToken) is not { } request)
        {
            return NotFound();
        }
        if (request.HandledUtc is null)
        {
            request.HandledUtc = clock.GetUtcNow().UtcDateTime;
            request.HandledBy = User.Identity?.Name;
            await db.SaveChangesAsync(cancellationToken);
        }
        return RedirectToPage(new { network = Network, status = State });
    }

    public string NetworkName(string contentItemId) => Networks.GetValueOrDefault(contentItemId, contentItemId);

    /// <summary>A stored UTC time as Finnish local time, the way the editors read their clocks.</summary>
    public static DateTime InFinland(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, Finland);
}

public enum JoinRequestState
{
    Unhandled,
    Handled,
    All,
}
