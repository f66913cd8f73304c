using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Security;
using Verkostoportaali.ServiceNeeds.Reporting;

namespace Verkostoportaali.ServiceNeeds.Pages.ServiceNeeds;

/// <summary>The coordinator's list of the site's needs, open ones first (oldest first), then the closed ones, newest first.</summary>
[RequirePermission("ManageServiceNeeds")]
public sealed class NeedsModel(TenantDbContext db, NeedChoices choices) : PageModel
{
    public IReadOnlyList<ServiceNeed> Needs { get; private set; } = [];
    public IReadOnlyDictionary<string, string> FieldNames { get; private set; } = new Dictionary<string, string>();
    public IReadOnlyDictionary<string, string> PlaceNames { get; private set; } = new Dictionary<string, string>();

    /// <summary>Only needs with this status; all when empty or unknown.</summary>
    public NeedStatus? Status { get; private set; }

    public async Task OnGetAsync(string? status, CancellationToken cancellationToken)
    {
        Status = Enum.TryParse<NeedStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
        var query = db.Set<ServiceNeed>().AsNoTracking();
        if (Status is { } only)
        {
            query = query.Where(n => n.Status == only);
        }
        var all = await query.OrderBy(n => n.CreatedUtc).ToListAsync(cancellationToken);
        Needs = [.. all.Where(n => !n.IsClosed), .. all.Where(n => n.IsClosed).Reverse()];
        var culture = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        FieldNames = (await choices.ServiceFieldsAsync(culture, cancellationToken)).ToDictionary(c => c.Value, c => c.Name);
        PlaceNames = (await choices.PlacesAsync(culture, cancellationToken)).ToDictionary(p => p.Value, p => p.Name);
    }
}
