namespace Verkostoportaali.Projects.Pages.Projects;

/// <summary>The choices the filter form offers, taken from the site's own published projects (<see cref="ProjectListing"/>).</summary>
public sealed record ProjectFilterOptions(IReadOnlyList<string> Programmes, IReadOnlyList<string> SubMeasures, IReadOnlyList<int> Years);
