using Microsoft.Extensions.Localization;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Localization;
using Verkostoportaali.Messaging;
using Verkostoportaali.ServiceNeeds.Reporting;

namespace Verkostoportaali.ServiceNeeds;

/// <summary>
/// The mails of a need, put in the outbox in the unit of work that saves the change causing them: the reporter's in
/// the language they wrote in, the coordinators' in their own, the providers' in the language of their page (a
/// provider has no account that would say otherwise). Links start from the site's address the reporter used, so that
/// a job without a request writes the same links.
/// </summary>
public sealed class NeedMails(IMailOutbox outbox, INotificationRecipients recipients, NeedChoices choices, TenantContext tenant,
    IStringLocalizer<NeedMails> T) : INotificationSource
{
    public const string StatusPath = "palvelutarpeet/tila/";
    public const string OfferPath = "palvelutarpeet/tarjous/";

    public static readonly Notification ToCoordinate = new("service-needs", "Service needs to coordinate", ServiceNeedsModule.ManageServiceNeeds);

    public IEnumerable<Notification> Notifications => [ToCoordinate];

    public async Task AddReceivedAsync(ServiceNeed need, string statusToken, CancellationToken cancellationToken)
    {
        outbox.Add(await SiteAddress.InLanguageAsync(need.Language, async () => Layout(need)
            .Paragraph(T["Thank you. We received the service need you reported and pass it on to providers who can do the work."])
            .Paragraph(T["Reference number: {0}", need.Reference])
            .Paragraph(T["Service field: {0}. Place: {1}.", await FieldAsync(need, cancellationToken), await PlaceAsync(need, cancellationToken)])
            .Paragraph(T["Follow the need's status, mark it done or withdraw it at this address. Keep the link to yourself: anyone who has it can see the need."],
                Link(need, need.Language, StatusPath + statusToken))
            .To(need.Email!, T["Service need {0} received", need.Reference])));
        await ToCoordinatorsAsync(need, () => (T["A new service need {0}", need.Reference],
            T["A new service need was reported. Look at the matching providers and forward it:"]), cancellationToken);
    }

    public async Task AddOfferAsync(ServiceNeed need, NeedOffer offer, string token, CancellationToken cancellationToken) =>
        outbox.Add(await SiteAddress.InLanguageAsync(offer.Language, async () => Layout(need)
            .Paragraph(T["{0} forwards to {1} a service need that fits your services.", tenant.Tenant.DisplayName, offer.ProviderName])
            .Paragraph(T["Service field: {0}. Place: {1}.", await FieldAsync(need, cancellationToken), await PlaceAsync(need, cancellationToken)])
            .Paragraph(need.Description ?? "")
            .Paragraph(T["Accept the work, decline it, or ask for more information at this address; no account is needed. The first provider to accept gets the work, and the reporter's contact details then."],
                Link(need, offer.Language, OfferPath + token))
            .To(offer.Email, T["A service need for you: {0}", need.Reference])));

    /// <summary>The accepting provider gets what the reporter agreed to share; the reporter hears who will do the work.</summary>
    public async Task AddAcceptedAsync(ServiceNeed need, NeedOffer offer, CancellationToken cancellationToken)
    {
        outbox.Add(await SiteAddress.InLanguageAsync(offer.Language, () => Task.FromResult(Layout(need)
            .Paragraph(T["Thank you for accepting service need {0}.", need.Reference])
            .Paragraph(need.ShareContact
                ? $"{T["Contact"]}: {need.ContactName}\n{T["E-mail"]}: {need.Email}" + (need.Phone is { } phone ? $"\n{T["Phone"]}: {phone}" : "")
                    + $"\n{T["Preferred way of contact"]}: {(need.PreferredContact == ContactWay.Phone ? T["Phone"] : T["E-mail"])}"
                : T["The reporter did not agree to share their contact details. The site's coordinator puts you in touch."])
            .Paragraph(need.ShareAddress && need.Address is { } address ? $"{T["Address"]}: {address}" : "")
            .To(offer.Email, T["You accepted service need {0}", need.Reference]))));
        outbox.Add(await SiteAddress.InLanguageAsync(need.Language, () => Task.FromResult(Layout(need)
            .Paragraph(T["{0} accepted your service need {1} and will be in touch.", offer.ProviderName, need.Reference])
            .To(need.Email!, T["Service need {0} was accepted", need.Reference]))));
    }

    public async Task AddTakenAsync(ServiceNeed need, NeedOffer offer) =>
        outbox.Add(await SiteAddress.InLanguageAsync(offer.Language, () => Task.FromResult(Layout(need)
            .Paragraph(T["Another provider already accepted service need {0}. Thank you; your link no longer works.", need.Reference])
            .To(offer.Email, T["Service need {0} was taken", need.Reference]))));

    /// <summary>To a provider whose offer was still open when the reporter withdrew the need or the coordinator closed it.</summary>
    public async Task AddClosedAsync(ServiceNeed need, NeedOffer offer) =>
        outbox.Add(await SiteAddress.InLanguageAsync(offer.Language, () => Task.FromResult(Layout(need)
            .Paragraph(need.Status == NeedStatus.Withdrawn
                ? T["The reporter withdrew service need {0}. Thank you; your link no longer works.", need.Reference]
                : T["Service need {0} was closed. Thank you; your link no longer works.", need.Reference])
            .To(offer.Email, T["Service need {0} is no longer open", need.Reference]))));

    public Task AddQuestionAsync(ServiceNeed need, NeedOffer offer, CancellationToken cancellationToken) =>
        ToCoordinatorsAsync(need, () => (T["{0} asks about service need {1}", offer.ProviderName, need.Reference],
            T["{0} asks for more information: {1}", offer.ProviderName, offer.Question ?? ""]), cancellationToken);

    public Task AddReturnedAsync(ServiceNeed need, CancellationToken cancellationToken) =>
        ToCoordinatorsAsync(need, () => (T["Service need {0} is back with you", need.Reference],
            T["No provider accepted service need {0} in time. Forward it to other providers, or close it as no provider found:", need.Reference]), cancellationToken);

    // Composed per coordinator, in their language; the admin is in the user's own language whatever the link says.
    private async Task ToCoordinatorsAsync(ServiceNeed need, Func<(string Subject, string Text)> compose, CancellationToken cancellationToken)
    {
        foreach (var coordinator in await recipients.OfAsync(ToCoordinate, cancellationToken))
        {
            outbox.Add(await SiteAddress.InLanguageAsync(coordinator.Language, () =>
            {
                var (subject, text) = compose();
                return Task.FromResult(Layout(need)
                    .Paragraph(text, Link(need, PortalCultures.Default, $"admin/palvelutarpeet/{need.Id}"))
                    .To(coordinator.Email, subject));
            }));
        }
    }

    private MailLayout Layout(ServiceNeed need) => new(tenant.Tenant.DisplayName, need.SiteAddress);

    private static string Link(ServiceNeed need, string language, string path) =>
        need.SiteAddress + (language == PortalCultures.Default ? "" : language + "/") + path;

    private Task<string> FieldAsync(ServiceNeed need, CancellationToken cancellationToken) =>
        choices.ServiceFieldNameAsync(need.ServiceField, System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, cancellationToken);

    private Task<string> PlaceAsync(ServiceNeed need, CancellationToken cancellationToken) =>
        choices.PlaceNameAsync(need.Place, System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, cancellationToken);
}
