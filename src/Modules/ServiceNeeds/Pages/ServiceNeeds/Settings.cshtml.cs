using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Core.Settings;
using Verkostoportaali.ServiceNeeds.Reporting;

namespace Verkostoportaali.ServiceNeeds.Pages.ServiceNeeds;

/// <summary>The site's retention period, providers' answer time and whether other sites' providers are matched, set by its coordinators.</summary>
[RequirePermission("ManageServiceNeeds")]
public sealed class SettingsModel(SiteSettingsStore settings, IStringLocalizer<SettingsModel> T) : PageModel
{
    public const string SavedQuery = "tallennettu";
    private static readonly string[] Fields = [nameof(ServiceNeedSettings.RetentionMonths), nameof(ServiceNeedSettings.AnswerDays)];

    [BindProperty]
    public ServiceNeedSettings Input { get; set; } = new();

    public bool Saved { get; private set; }
    public FormErrors Errors { get; private set; } = FormErrors.None;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Input = await settings.GetAsync<ServiceNeedSettings>(cancellationToken);
        Saved = Request.Query.ContainsKey(SavedQuery);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // A value that is not a whole number gets the framework's English message; say what to enter instead.
        foreach (var field in Fields)
        {
            if (ModelState[$"Input.{field}"] is { Errors.Count: > 0, AttemptedValue: var value } state && !int.TryParse(value, out _))
            {
                state.Errors.Clear();
                state.Errors.Add(T["Enter a whole number."]);
            }
        }
        if (!ModelState.IsValid)
        {
            Errors = FormErrors.Of(ModelState, Fields);
            return Page();
        }
        await settings.SaveAsync(Input, cancellationToken);
        return Redirect($"{Request.PathBase}{Request.Path}?{SavedQuery}=1");
    }
}
