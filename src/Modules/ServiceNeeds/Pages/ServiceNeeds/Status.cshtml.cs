using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Localization;
using Verkostoportaali.ServiceNeeds.Reporting;
using Verkostoportaali.ServiceNeeds.Routing;

namespace Verkostoportaali.ServiceNeeds.Pages.ServiceNeeds;

/// <summary>
/// A need's status for its reporter, found by the link's token, without an account: its history, and buttons to mark
/// it done or withdraw it and, once done, to give short feedback. An unknown token is a 404, in any site.
/// </summary>
public sealed class StatusModel(TenantDbContext db, NeedRouting routing, NeedChoices choices) : PageModel
{
    public const string NewQuery = "uusi";

    public ServiceNeed Need { get; private set; } = null!;
    public IReadOnlyList<NeedEvent> History { get; private set; } = [];
    public NeedNames Names { get; private set; } = new("", "");
    public bool JustReported { get; private set; }
    public bool FeedbackInvalid { get; private set; }

    [BindProperty, Range(1, 5)]
    public int? Rating { get; set; }

    [BindProperty, MaxLength(NeedInput.FeedbackMaxLength)]
    public string? Feedback { get; set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(token, cancellationToken))
        {
            return NotFound();
        }
        JustReported = Request.Query.ContainsKey(NewQuery);
        return Page();
    }

    public Task<IActionResult> OnPostDoneAsync(string token, CancellationToken cancellationToken) =>
        ChangeAsync(token, n => n.Status == NeedStatus.Accepted, n => routing.CloseAsync(n, NeedStatus.Done, NeedRouting.Reporter, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostWithdrawAsync(string token, CancellationToken cancellationToken) =>
        ChangeAsync(token, n => !n.IsClosed, n => routing.CloseAsync(n, NeedStatus.Withdrawn, NeedRouting.Reporter, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostFeedbackAsync(string token, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(token, cancellationToken))
        {
            return NotFound();
        }
        if (!ModelState.IsValid || (Rating is null && string.IsNullOrWhiteSpace(Feedback)))
        {
            FeedbackInvalid = true;
            return Page();
        }
        if (Need.Status == NeedStatus.Done && Need.FeedbackRating is null && Need.Feedback is null)
        {
            (Need.FeedbackRating, Need.Feedback) = (Rating, string.IsNullOrWhiteSpace(Feedback) ? null : Feedback.Trim());
            await db.SaveChangesAsync(cancellationToken);
        }
        return Redirect($"{Request.PathBase}{Request.Path}");
    }

    private async Task<IActionResult> ChangeAsync(string token, Func<ServiceNeed, bool> allowed, Func<ServiceNeed, Task> change, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(token, cancellationToken))
        {
            return NotFound();
        }
        // A second click, or a change the status no longer allows, just shows the status as it is.
        if (allowed(Need))
        {
            await change(Need);
            await db.SaveChangesAsync(cancellationToken);
        }
        return Redirect($"{Request.PathBase}{Request.Path}");
    }

    private async Task<bool> LoadAsync(string token, CancellationToken cancellationToken)
    {
        if (AccessToken.HashOf(token) is not { } hash
            || await db.Set<ServiceNeed>().FirstOrDefaultAsync(n => n.StatusTokenHash == hash, cancellationToken) is not { } need)
        {
            return false;
        }
        Need = need;
        History = await db.Set<NeedEvent>().AsNoTracking().Where(e => e.NeedId == need.Id).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        Names = await choices.NamesAsync(need, HttpContext.Language(), cancellationToken);
        return true;
    }
}
