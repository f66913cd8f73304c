using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Verkostoportaali.Core;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Localization;

namespace Verkostoportaali.AuditTrail.Pages.AuditTrail;

/// <summary>The tenant's audit trail, newest first, filtered by user, action and a date range in Finnish time.</summary>
[RequirePermission("ViewAuditTrail")]
public sealed class AuditTrailModel(TenantDbContext db, ContentDefinitionStore definitions, IStringLocalizer<AuditTrailModel> T)
    : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserName { get; set; }

    [BindProperty(SupportsGet = true, Name = "action")]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public DateOnly? To { get; set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public ListPage ListPage { get; private set; } = new(1, 1, null);
    public IReadOnlyList<string> UserNames { get; private set; } = [];
    public IReadOnlyList<string> Actions { get; private set; } = [];
    private Dictionary<string, LocalizedText> typeLabels = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        typeLabels = (await definitions.ListAsync(cancellationToken)).ToDictionary(t => t.Name, t => t.Label);
        var all = db.Set<AuditEntry>().AsNoTracking();
        UserNames = await all.Select(e => e.UserName).Distinct().OrderBy(n => n).ToListAsync(cancellationToken);
        Actions = await all.Select(e => e.Action).Distinct().OrderBy(a => a).ToListAsync(cancellationToken);
        if (!ModelState.IsValid || From > To)
        {
            return;
        }
        var entries = Filtered(all);
        ListPage = ListPage.Read(Request.Query).Of(await entries.CountAsync(cancellationToken), PageSize);
        Entries = await entries.OrderByDescending(e => e.UtcTime).ThenByDescending(e => e.Id)
            .Skip(ListPage.Skip(PageSize)).Take(PageSize).ToListAsync(cancellationToken);
    }

    /// <summary>The date field's error, localized here because the framework's binding messages are English only.</summary>
    public string? ErrorFor(string field) =>
        ModelState[field]?.Errors.Count > 0 ? T["Enter a date as day, month and year."].Value
        : field == "to" && From > To ? T["The end date is before the start date."].Value
        : null;

    /// <summary>A content type's label in the request's language; other subjects (users, roles) by their msgid.</summary>
    public string SubjectTypeName(string subjectType) =>
        typeLabels.TryGetValue(subjectType, out var label) ? label.For(HttpContext.Language()) : T[AuditNames.SubjectTypeMsgid(subjectType)];

    private IQueryable<AuditEntry> Filtered(IQueryable<AuditEntry> entries)
    {
        if (!string.IsNullOrEmpty(UserName))
        {
            entries = entries.Where(e => e.UserName == UserName);
        }
        if (!string.IsNullOrEmpty(Action))
        {
            entries = entries.Where(e => e.Action == Action);
        }
        if (From is { } from)
        {
            var start = HelsinkiTime.ToUtc(from, TimeOnly.MinValue);
            entries = entries.Where(e => e.UtcTime >= start);
        }
        if (To is { } to)
        {
            var end = HelsinkiTime.ToUtc(to.AddDays(1), TimeOnly.MinValue);
            entries = entries.Where(e => e.UtcTime < end);
        }
        return entries;
    }
}
