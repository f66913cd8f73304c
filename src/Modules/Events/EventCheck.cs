using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Data;

namespace Verkostoportaali.Events;

/// <summary>
/// Refuses an event without its date, or whose organiser is not a network or project of the same tenant: the
/// rules that need more than the part itself (which validates its own fields).
/// </summary>
internal sealed class EventCheck(TenantDbContext db) : IContentHandler
{
    public const string EventType = "Event";

    public static readonly string[] OrganiserTypes = ["Network", "Project"];

    public async Task UpdatingAsync(ContentItem version, CancellationToken cancellationToken)
    {
        var part = version.Get<EventPart>();
        if (part is null && version.ContentType == EventType)
        {
            throw Refused(version, nameof(EventPart.StartDate), "An event needs a start date.");
        }
        if (part?.OrganiserId is not { } id)
        {
            return;
        }
        // The tenant's own database: an item of another tenant is simply not there.
        var exists = await db.ContentItems.AnyAsync(
            i => i.ContentItemId == id && i.Latest && OrganiserTypes.Contains(i.ContentType), cancellationToken);
        if (!exists)
        {
            throw Refused(version, nameof(EventPart.OrganiserId),
                $"The organiser must be a network or a project of this site; there is none with the id '{id}'.");
        }
    }

    private static ContentValidationException Refused(ContentItem version, string field, string message) =>
        new(version, [new ContentError(nameof(EventPart), field, message)]);
}
