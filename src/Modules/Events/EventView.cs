using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;

namespace Verkostoportaali.Events;

/// <summary>A published event with what its pages and feed show beside its own part: the municipality's name and the organiser.</summary>
public sealed record EventView(ContentItem Item, EventPart Event, EventSpan Span, string? Municipality, ContentItem? Organiser)
{
    public string? Html => Item.Get<BodyPart>()?.Html;

    /// <summary>The place as lines a person reads: name, street address, municipality.</summary>
    public IReadOnlyList<string> Place => [.. new[] { Event.PlaceName, Event.Address, Municipality }.OfType<string>()];

    public AttendanceMode Attendance => (Place.Count > 0, Event.OnlineUrl is not null) switch
    {
        (true, true) => AttendanceMode.Mixed,
        (false, true) => AttendanceMode.Online,
        _ => AttendanceMode.Offline,
    };
}

/// <summary>Whether one takes part on the spot, online, or either; the names are schema.org's.</summary>
public enum AttendanceMode
{
    Offline,
    Online,
    Mixed,
}
