using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Verkostoportaali.Core;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Localization;
using Verkostoportaali.ServiceNeeds.Reporting;
using Verkostoportaali.ServiceNeeds.Routing;

namespace Verkostoportaali.ServiceNeeds.Pages.ServiceNeeds;

/// <summary>
/// The public form for reporting a service need, without an account (antiforgery is checked by Razor Pages). A valid
/// need is stored with its history and mails, and the reporter is sent to its status page; an invalid one is shown
/// again with its errors.
/// </summary>
[EnableRateLimiting(RateLimit)]
public sealed class NewModel(NeedChoices choices, TenantDbContext db, NeedRouting routing, NeedMails mails, IStringLocalizer<NewModel> T) : PageModel
{
    public const string RateLimit = "service-needs";

    [BindProperty]
    public NeedInput Input { get; set; } = new();

    public IReadOnlyList<Choice> ServiceFields { get; private set; } = [];
    public IReadOnlyList<Place> Places { get; private set; } = [];
    public FormErrors Errors { get; private set; } = FormErrors.None;

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadChoicesAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (token, hash) = AccessToken.New();
        // A bot that filled in the honeypot is told it succeeded, so that it learns nothing; nothing is stored.
        if (Input.IsFromBot)
        {
            return Redirect($"{Request.PathBase}/{NeedMails.StatusPath}{token}");
        }
        await LoadChoicesAsync(cancellationToken);
        Check();
        if (!ModelState.IsValid)
        {
            Errors = FormErrors.Of(ModelState, NeedInput.Fields);
            return Page();
        }
        var municipality = Places.First(p => p.Value == Input.Place).Municipality;
        var siteAddress = TenantLinks.Absolute(Request, HttpContext.TenantBase() + "/");
        var need = Input.ToNeed(hash, municipality, HttpContext.Language(), siteAddress, routing.Now);
        // The need first, for its number; then its history and mails, all in one transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Add(need);
        await db.SaveChangesAsync(cancellationToken);
        routing.Record(need, NeedStatus.New, NeedRouting.Reporter);
        await mails.AddReceivedAsync(need, token, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Redirect($"{Request.PathBase}/{NeedMails.StatusPath}{token}?{StatusModel.NewQuery}=1");
    }

    // The rules that depend on the site's vocabularies, the date or another field; the rest are the input's attributes.
    private void Check()
    {
        ReplaceBindingError(nameof(NeedInput.NeededBy), T["Enter the date as day, month and year."]);
        ReplaceBindingError(nameof(NeedInput.Urgency), T["Choose how urgent the need is."]);
        ReplaceBindingError(nameof(NeedInput.Recurring), T["Choose whether the need is one-off or recurring."]);
        ReplaceBindingError(nameof(NeedInput.OnBehalf), T["Choose whom the need is for."]);
        ReplaceBindingError(nameof(NeedInput.PreferredContact), T["Choose how you would like to be contacted."]);
        if (Input.ServiceField is { } field && !ServiceFields.Any(f => f.Value == field))
        {
            ModelState.AddModelError("Input.ServiceField", T["Choose the service field."]);
        }
        if (Input.Place is { } place && !Places.Any(p => p.Value == place))
        {
            ModelState.AddModelError("Input.Place", T["Choose the village or municipality."]);
        }
        if (Input.NeededBy is { } date && date < DateOnly.FromDateTime(HelsinkiTime.ToLocal(routing.Now).DateTime))
        {
            ModelState.AddModelError("Input.NeededBy", T["The date cannot be in the past."]);
        }
        if (Input.OnBehalf == true && !Input.PersonConsent)
        {
            ModelState.AddModelError("Input.PersonConsent", T["Confirm that the person you report for agrees to it."]);
        }
        if (Input.PreferredContact == ContactWay.Phone && string.IsNullOrWhiteSpace(Input.Phone))
        {
            ModelState.AddModelError("Input.Phone", T["Enter a phone number, or choose e-mail as the way of contact."]);
        }
    }

    // The framework's own message for a value it cannot convert is English and technical; ours says what to do. These
    // fields' only attribute is [Required], which fires on an empty value, so an error on a non-empty one is the framework's.
    private void ReplaceBindingError(string field, string message)
    {
        if (ModelState[$"Input.{field}"] is { Errors.Count: > 0, AttemptedValue.Length: > 0 } state)
        {
            state.Errors.Clear();
            state.Errors.Add(message);
        }
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        var culture = HttpContext.Language();
        ServiceFields = await choices.ServiceFieldsAsync(culture, cancellationToken);
        Places = await choices.PlacesAsync(culture, cancellationToken);
    }
}
