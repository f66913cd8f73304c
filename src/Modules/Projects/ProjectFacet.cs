using Verkostoportaali.Core.Content;

namespace Verkostoportaali.Projects;

/// <summary>Lookup row: one per Project version, with the values the project list filters and sorts on.</summary>
public sealed class ProjectFacet : ContentLookupRow
{
    public string? Programme { get; init; }
    public string? SubMeasure { get; init; }
    public bool? IsLeader { get; init; }
    public DateOnly? StartDate { get; init; }
    public DateOnly? EndDate { get; init; }
}

internal sealed class ProjectFacets : ContentLookup<ProjectFacet>
{
    // A project without a register card still gets a row, so that the list can join every project.
    protected override IEnumerable<ProjectFacet> Map(ContentItem version)
    {
        if (version.ContentType != ProjectsModule.ProjectType)
        {
            return [];
        }
        var card = version.Get<RegisterCardPart>();
        return [new ProjectFacet
        {
            Programme = card?.Programme,
            SubMeasure = card?.SubMeasure,
            IsLeader = card?.IsLeader,
            StartDate = card?.StartDate,
            EndDate = card?.EndDate,
        }];
    }
}
