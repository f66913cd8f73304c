using System.ComponentModel.DataAnnotations;
using Verkostoportaali.Core.Content;

namespace Verkostoportaali.Projects;

/// <summary>The tenant's links for a project: its own site, reports, news.</summary>
public sealed record ProjectLinksPart(IReadOnlyList<ProjectLink> Links) : ContentPart, IValidatableObject
{
    // The kernel validates the part's own properties; the links in the list are checked here.
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var link in Links)
        {
            var results = new List<ValidationResult>();
            Validator.TryValidateObject(link, new ValidationContext(link), results, validateAllProperties: true);
            foreach (var result in results)
            {
                yield return new ValidationResult($"Link '{link.Text}': {result.ErrorMessage}", [nameof(Links)]);
            }
        }
    }
}

public sealed record ProjectLink(
    [property: Required, Url, MaxLength(2000)] string Url,
    [property: Required, MaxLength(200)] string Text);
