using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Security;
using Verkostoportaali.ServiceNeeds.Reporting;
using Verkostoportaali.ServiceNeeds.Routing;

namespace Verkostoportaali.ServiceNeeds.Pages.ServiceNeeds;

/// <summary>
/// One need for the coordinator: the reporter's details, the site's providers with the matching ones chosen, the
/// offers and their answers, the history; forwarding, and closing as done or as no provider found.
/// </summary>
[RequirePermission("ManageServiceNeeds")]
public sealed class NeedModel(TenantDbContext db, NeedRouting routing, ProviderMatching matching, NeedChoices choices) : PageModel
{
    public ServiceNeed Need { get; private set; } = null!;
    public IReadOnlyList<Candidate> Candidates { get; private set; } = [];
    public IReadOnlyList<NeedOffer> Offers { get; private set; } = [];
    public IReadOnlyList<NeedEvent> History { get; private set; } = [];
    public NeedNames Names { get; private set; } = new("", "");
    public bool NoneChosen { get; private set; }

    /// <summary>Whether the need can be forwarded (again): it is new, or forwarded and not yet accepted.</summary>
    public bool CanForward => Need.Status is NeedStatus.New or NeedStatus.Forwarded;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostForwardAsync(int id, string[] providers, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (!CanForward)
        {
            return RedirectToPage();
        }
        var chosen = Candidates.Where(c => c.CanReceive && providers.Contains(c.ContentItemId)).ToList();
        if (chosen.Count == 0)
        {
            NoneChosen = true;
            return Page();
        }
        await routing.ForwardAsync(Need, chosen, Coordinator, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage();
    }

    public Task<IActionResult> OnPostNoProviderAsync(int id, CancellationToken cancellationToken) =>
        CloseAsync(id, NeedStatus.NoProviderFound, n => !n.IsClosed, cancellationToken);

    public Task<IActionResult> OnPostDoneAsync(int id, CancellationToken cancellationToken) =>
        CloseAsync(id, NeedStatus.Done, n => n.Status == NeedStatus.Accepted, cancellationToken);

    private string Coordinator => User.Identity?.Name ?? "";

    private async Task<IActionResult> CloseAsync(int id, NeedStatus status, Func<ServiceNeed, bool> allowed, CancellationToken cancellationToken)
    {
        if (await db.Set<ServiceNeed>().FindAsync([id], cancellationToken) is not { } need)
        {
            return NotFound();
        }
        if (allowed(need))
        {
            await routing.CloseAsync(need, status, Coordinator, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
        return RedirectToPage();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.Set<ServiceNeed>().FindAsync([id], cancellationToken) is not { } need)
        {
            return false;
        }
        Need = need;
        Candidates = await matching.CandidatesAsync(need, cancellationToken);
        Offers = await db.Set<NeedOffer>().AsNoTracking().Where(o => o.NeedId == id).OrderBy(o => o.Id).ToListAsync(cancellationToken);
        History = await db.Set<NeedEvent>().AsNoTracking().Where(e => e.NeedId == id).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        Names = await choices.NamesAsync(need, System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, cancellationToken);
        return true;
    }
}
