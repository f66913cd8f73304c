using Verkostoportaali.Core.Data;
using Verkostoportaali.Recipes;
using Verkostoportaali.ServiceNeeds.Routing;

namespace Verkostoportaali.ServiceNeeds.Reporting;

/// <summary>
/// Example needs for a demo site, marked as examples and without anyone's personal data:
/// <c>{ "name": "ExampleServiceNeeds", "needs": [ { "description", "serviceField", "place", "urgency", "recurring", "status", "daysAgo" } ] }</c>.
/// Their status tokens are thrown away: nobody follows an example.
/// </summary>
public sealed class ExampleNeedsStep(TenantDbContext db, NeedChoices choices, NeedRouting routing) : RecipeStep<ExampleNeedsStep.Data>("ExampleServiceNeeds")
{
    public sealed record Data(IReadOnlyList<Example> Needs);

    public sealed record Example(string Description, string ServiceField, string Place, string Urgency = "Flexible", bool Recurring = false,
        string Status = "New", int DaysAgo = 0);

    protected override IEnumerable<string> Validate(Data step) => step.Needs.SelectMany(n => new[]
    {
        Enum.TryParse<Urgency>(n.Urgency, out _) ? null : $"Unknown urgency '{n.Urgency}'.",
        Enum.TryParse<NeedStatus>(n.Status, out var status) && status is NeedStatus.New or NeedStatus.NoProviderFound or NeedStatus.Withdrawn
            ? null : $"An example need's status is New, NoProviderFound or Withdrawn, not '{n.Status}'.",
    }).OfType<string>();

    protected override async Task ExecuteAsync(Data step, RecipeContext context, CancellationToken cancellationToken)
    {
        var places = await choices.PlacesAsync("fi", cancellationToken);
        foreach (var example in step.Needs)
        {
            var place = places.FirstOrDefault(p => p.Value == example.Place) ?? throw new InvalidOperationException($"The site has no place '{example.Place}'.");
            var created = routing.Now.AddDays(-example.DaysAgo);
            var need = new ServiceNeed
            {
                StatusTokenHash = AccessToken.New().Hash,
                Description = example.Description,
                ServiceField = example.ServiceField,
                Place = place.Value,
                Municipality = place.Municipality,
                Urgency = Enum.Parse<Urgency>(example.Urgency),
                Recurring = example.Recurring,
                Language = "fi",
                SiteAddress = $"/{context.Tenant.UrlPrefix}/",
                CreatedUtc = created,
                IsExample = true,
            };
            db.Add(need);
            await db.SaveChangesAsync(cancellationToken);
            db.Add(new NeedEvent { NeedId = need.Id, Status = NeedStatus.New, AtUtc = created, By = NeedRouting.Reporter });
            if (Enum.Parse<NeedStatus>(example.Status) is var status && status != NeedStatus.New)
            {
                (need.Status, need.ClosedUtc) = (status, created.AddDays(1));
                db.Add(new NeedEvent { NeedId = need.Id, Status = status, AtUtc = created.AddDays(1), By = NeedRouting.System });
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
