using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Data;

namespace Verkostoportaali.ServiceNeeds.Routing;

/// <summary>
/// Every change of a need's status, each recorded in its history with its mails in the caller's one save: forwarding
/// to providers, their answers (the first acceptance assigns the need), marking it done, withdrawn or unmet.
/// </summary>
public sealed class NeedRouting(TenantDbContext db, NeedMails mails, TimeProvider clock)
{
    public const string Reporter = "reporter";
    public const string System = "system";

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public void Record(ServiceNeed need, NeedStatus status, string by, string? note = null)
    {
        need.Status = status;
        if (need.IsClosed)
        {
            need.ClosedUtc ??= Now;
        }
        db.Add(new NeedEvent { NeedId = need.Id, Status = status, AtUtc = Now, By = by, Note = note });
    }

    /// <summary>
    /// Offers the need to the chosen providers, one offer (and token) per contact address; an address whose offer is
    /// still open is not sent another when the coordinator forwards the need again.
    /// </summary>
    public async Task<int> ForwardAsync(ServiceNeed need, IEnumerable<Candidate> providers, string coordinator, CancellationToken cancellationToken)
    {
        var sent = 0;
        var waiting = (await OpenOffersAsync(need, cancellationToken)).Select(o => o.Email).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var provider in providers.Where(p => p.CanReceive))
        {
            foreach (var email in provider.Emails.Where(waiting.Add))
            {
                var (token, hash) = AccessToken.New();
                var offer = new NeedOffer { NeedId = need.Id, ProviderContentItemId = provider.ContentItemId, ProviderName = provider.Name, Language = provider.Language, Email = email, TokenHash = hash, SentUtc = Now };
                db.Add(offer);
                await mails.AddOfferAsync(need, offer, token, cancellationToken);
                sent++;
            }
        }
        if (sent > 0)
        {
            Record(need, NeedStatus.Forwarded, coordinator, string.Join(", ", providers.Where(p => p.CanReceive).Select(p => p.Name)));
        }
        return sent;
    }

    /// <summary>The first acceptance assigns the need and closes the other offers; false when the need was already taken or closed.</summary>
    public async Task<bool> AcceptAsync(ServiceNeed need, NeedOffer offer, CancellationToken cancellationToken)
    {
        if (need.Status != NeedStatus.Forwarded || !offer.IsOpen)
        {
            return false;
        }
        (offer.Answer, offer.AnsweredUtc) = (OfferAnswer.Accepted, Now);
        need.AssignedProvider = offer.ProviderContentItemId;
        Record(need, NeedStatus.Accepted, offer.ProviderName);
        await mails.AddAcceptedAsync(need, offer, cancellationToken);
        foreach (var other in await OpenOffersAsync(need, cancellationToken))
        {
            (other.Answer, other.AnsweredUtc) = (OfferAnswer.Superseded, Now);
            await mails.AddTakenAsync(need, other);
        }
        return true;
    }

    /// <summary>A decline; when no offer is left open, the need goes back to the coordinator.</summary>
    public async Task DeclineAsync(ServiceNeed need, NeedOffer offer, CancellationToken cancellationToken)
    {
        (offer.Answer, offer.AnsweredUtc) = (OfferAnswer.Declined, Now);
        if ((await OpenOffersAsync(need, cancellationToken)).Count == 0)
        {
            await ReturnAsync(need, offer.ProviderName, cancellationToken);
        }
    }

    public async Task AskAsync(ServiceNeed need, NeedOffer offer, string question, CancellationToken cancellationToken)
    {
        (offer.Answer, offer.AnsweredUtc, offer.Question) = (OfferAnswer.AskedForInformation, Now, question);
        await mails.AddQuestionAsync(need, offer, cancellationToken);
    }

    /// <summary>Back to the coordinator as new: every open offer expires.</summary>
    public async Task ReturnAsync(ServiceNeed need, string by, CancellationToken cancellationToken)
    {
        foreach (var open in await OpenOffersAsync(need, cancellationToken))
        {
            (open.Answer, open.AnsweredUtc) = (OfferAnswer.Expired, Now);
        }
        Record(need, NeedStatus.New, by);
        await mails.AddReturnedAsync(need, cancellationToken);
    }

    /// <summary>Closes the need (done, withdrawn or no provider found); its open offers stop working, and their providers are told.</summary>
    public async Task CloseAsync(ServiceNeed need, NeedStatus status, string by, CancellationToken cancellationToken)
    {
        Record(need, status, by);
        foreach (var open in await OpenOffersAsync(need, cancellationToken))
        {
            (open.Answer, open.AnsweredUtc) = (OfferAnswer.Expired, Now);
            await mails.AddClosedAsync(need, open);
        }
    }

    // Filtered again in memory: the query returns the tracked offers, and one answered in this unit of work is not open.
    private async Task<List<NeedOffer>> OpenOffersAsync(ServiceNeed need, CancellationToken cancellationToken) =>
        [.. (await db.Set<NeedOffer>().Where(o => o.NeedId == need.Id && (o.Answer == OfferAnswer.Pending || o.Answer == OfferAnswer.AskedForInformation))
            .ToListAsync(cancellationToken)).Where(o => o.IsOpen)];
}
