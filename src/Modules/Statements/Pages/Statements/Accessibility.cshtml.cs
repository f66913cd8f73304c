using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Verkostoportaali.Core;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Settings;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Localization;
using Verkostoportaali.Statements.Accessibility;

namespace Verkostoportaali.Statements.Pages.Statements;

/// <summary>
/// The site's accessibility statement, from the template and the site's settings, with its feedback form. A valid
/// feedback is stored with its mails and the visitor reads a thank-you (post/redirect/get); an invalid one is shown
/// again with its errors. Antiforgery is checked by Razor Pages.
/// </summary>
[EnableRateLimiting(RateLimit)]
public sealed class AccessibilityModel(SiteSettingsStore settings, TenantDbContext db, FeedbackMails mails, TimeProvider clock) : PageModel
{
    public const string RateLimit = "accessibility-feedback";

    // No #fragment: a page opened at a fragment ignores autofocus, and the thank-you takes the focus for screen readers.
    public const string SentQuery = "palaute";
    public const string SentValue = "lahetetty";

    [BindProperty]
    public FeedbackInput Input { get; set; } = new();

    public StatementSettings Statement { get; private set; } = new();
    public bool Sent { get; private set; }
    public IReadOnlyList<(string Field, string Message)> Errors { get; private set; } = [];

    public string SiteName => HttpContext.GetTenant().DisplayName;
    public string SiteAddress => TenantLinks.Absolute(Request, HttpContext.TenantBase() + "/");

    /// <summary>The date the site set, else the day the site was made.</summary>
    public DateOnly StatementDate => Statement.StatementDate ?? DateOnly.FromDateTime(HelsinkiTime.ToLocal(HttpContext.GetTenant().CreatedUtc).DateTime);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Statement = await settings.GetAsync<StatementSettings>(cancellationToken);
        Sent = Request.Query[SentQuery] == SentValue;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // A bot that filled in the honeypot is told it succeeded, so that it learns nothing; nothing is stored.
        if (Input.IsFromBot)
        {
            return ThankYou();
        }
        if (!ModelState.IsValid)
        {
            Statement = await settings.GetAsync<StatementSettings>(cancellationToken);
            Errors = [.. FeedbackInput.Fields
                .Select(f => (Field: f, State: ModelState[$"{nameof(Input)}.{f}"]))
                .Where(f => f.State is { Errors.Count: > 0 })
                .Select(f => (f.Field, f.State!.Errors[0].ErrorMessage))];
            return Page();
        }
        var feedback = Input.ToFeedback(HttpContext.Language(), SiteAddress, clock.GetUtcNow().UtcDateTime);
        db.Add(feedback);
        // In the same save: the feedback is not stored without its mails, nor the mails sent for feedback not stored.
        await mails.AddReceivedAsync(feedback, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return ThankYou();
    }

    public string? ErrorOf(string field) => Errors.FirstOrDefault(e => e.Field == field).Message;

    /// <summary>For <c>aria-describedby</c>: the field's hint and its error message, by element id.</summary>
    public string? DescribedBy(string field, string? hintId = null) =>
        string.Join(' ', new[] { hintId, ErrorOf(field) is null ? null : $"Input_{field}-error" }.OfType<string>()) is { Length: > 0 } ids ? ids : null;

    private RedirectResult ThankYou() => Redirect($"{Request.PathBase}{StatementsModule.AccessibilityPath}?{SentQuery}={SentValue}");
}
