using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Networks.JoinRequests;

namespace Verkostoportaali.Networks.Pages.Networks;

/// <summary>
/// Receives the join form of a network's page (antiforgery is checked by Razor Pages). A valid request is stored and
/// the visitor is sent back to the network page to read a thank-you; an invalid one is shown here again with its errors.
/// </summary>
[EnableRateLimiting(RateLimit)]
public sealed class JoinModel(ContentManager content, NetworkDisplay display, TenantDbContext db, JoinRequestMails mails, TimeProvider clock)
    : PageModel
{
    public const string RateLimit = "network-join-requests";

    [BindProperty]
    public JoinRequestInput Input { get; set; } = new();

    public ContentItem Network { get; private set; } = null!;
    public JoinForm Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await FindNetworkAsync(slug, cancellationToken) is not { } network)
        {
            return NotFound();
        }
        Network = network;
        Form = await display.JoinFormAsync(Network, Input, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (await FindNetworkAsync(slug, cancellationToken) is not { } network)
        {
            return NotFound();
        }
        Network = network;
        // A bot that filled in the honeypot is told it succeeded, so that it learns nothing; nothing is stored.
        if (Input.IsFromBot)
        {
            return ThankYou();
        }
        if (!ModelState.IsValid)
        {
            Form = (await display.JoinFormAsync(Network, Input, cancellationToken)).WithErrors(ModelState);
            return Page();
        }
        var request = Input.ToRequest(Network.ContentItemId, clock.GetUtcNow().UtcDateTime);
        db.Add(request);
        // In the same save: the request is not stored without its mails, nor the mails sent for a request not stored.
        await mails.AddAsync(Network, request, (await display.JoinFormAsync(Network, Input, cancellationToken)).RetentionMonths, Request, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return ThankYou();
    }

    // Only a published network that is still active takes requests.
    private async Task<ContentItem?> FindNetworkAsync(string slug, CancellationToken cancellationToken) =>
        await content.GetBySlugAsync(slug, "fi", cancellationToken) is { ContentType: NetworksModule.NetworkType } item
            && item.Get<NetworkPart>()?.Status != NetworkStatus.Ended
            ? item
            : null;

    private RedirectResult ThankYou() =>
        Redirect($"{ContentDisplay.UrlOf(Network, Request)}?{JoinForm.SentQuery}={JoinForm.SentValue}");
}
