using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Statements.Accessibility;

namespace Verkostoportaali.Statements.Pages.Statements;

/// <summary>The site's accessibility feedback, unanswered first by deadline, then the answered ones, newest first.</summary>
[RequirePermission("ManageStatements")]
public sealed class FeedbackModel(TenantDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<Feedback> Unanswered { get; private set; } = [];
    public IReadOnlyList<Feedback> Answered { get; private set; } = [];
    public DateTime NowUtc { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        NowUtc = clock.GetUtcNow().UtcDateTime;
        var all = await db.Set<Feedback>().AsNoTracking().OrderBy(f => f.ReceivedUtc).ToListAsync(cancellationToken);
        Unanswered = [.. all.Where(f => f.AnsweredUtc is null)];
        Answered = [.. all.Where(f => f.AnsweredUtc is not null).Reverse()];
    }

    public async Task<IActionResult> OnPostAnsweredAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.Set<Feedback>().FindAsync([id], cancellationToken) is not { } feedback)
        {
            return NotFound();
        }
        if (feedback.AnsweredUtc is null)
        {
            feedback.AnsweredUtc = clock.GetUtcNow().UtcDateTime;
            feedback.AnsweredBy = User.Identity?.Name;
            await db.SaveChangesAsync(cancellationToken);
        }
        return RedirectToPage();
    }

    /// <summary>A stored UTC time as Finnish local time, the way the site's people read their clocks.</summary>
    public static string Local(DateTime utc) => HelsinkiTime.ToLocal(utc).ToString("g");
}
