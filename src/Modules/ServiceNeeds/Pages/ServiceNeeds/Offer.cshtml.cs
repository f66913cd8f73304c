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
/// A provider's answer to a forwarded need, by the mail's token, without an account: accept, decline or ask for more
/// information. The page shows the need without the reporter's details; those go by mail to the provider who accepts.
/// </summary>
public sealed class OfferModel(TenantDbContext db, NeedRouting routing, NeedChoices choices) : PageModel
{
    public ServiceNeed Need { get; private set; } = null!;
    public NeedOffer Offer { get; private set; } = null!;
    public NeedNames Names { get; private set; } = new("", "");
    public bool QuestionMissing { get; private set; }

    [BindProperty, MaxLength(NeedInput.FeedbackMaxLength)]
    public string? Question { get; set; }

    /// <summary>Whether this provider may still answer: its offer is open and the need still waits for a provider.</summary>
    public bool CanAnswer => Offer.IsOpen && Need.Status == NeedStatus.Forwarded;

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken) =>
        await LoadAsync(token, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostAcceptAsync(string token, CancellationToken cancellationToken) =>
        AnswerAsync(token, () => routing.AcceptAsync(Need, Offer, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostDeclineAsync(string token, CancellationToken cancellationToken) =>
        AnswerAsync(token, () => routing.DeclineAsync(Need, Offer, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostAskAsync(string token, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(token, cancellationToken))
        {
            return NotFound();
        }
        if (!ModelState.IsValid || string.IsNullOrWhiteSpace(Question))
        {
            QuestionMissing = true;
            return Page();
        }
        return await AnswerAsync(token, () => routing.AskAsync(Need, Offer, Question.Trim(), cancellationToken), cancellationToken);
    }

    private async Task<IActionResult> AnswerAsync(string token, Func<Task> answer, CancellationToken cancellationToken)
    {
        if (Offer is null && !await LoadAsync(token, cancellationToken))
        {
            return NotFound();
        }
        // A late or repeated answer changes nothing; the page then says the link no longer works.
        if (CanAnswer)
        {
            await answer();
            await db.SaveChangesAsync(cancellationToken);
        }
        return Redirect($"{Request.PathBase}{Request.Path}");
    }

    private async Task<bool> LoadAsync(string token, CancellationToken cancellationToken)
    {
        if (AccessToken.HashOf(token) is not { } hash
            || await db.Set<NeedOffer>().FirstOrDefaultAsync(o => o.TokenHash == hash, cancellationToken) is not { } offer
            || await db.Set<ServiceNeed>().FindAsync([offer.NeedId], cancellationToken) is not { } need)
        {
            return false;
        }
        (Offer, Need) = (offer, need);
        Names = await choices.NamesAsync(need, HttpContext.Language(), cancellationToken);
        return true;
    }
}
