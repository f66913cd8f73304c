using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Localization;
using Verkostoportaali.Messaging;

namespace Verkostoportaali.Networks.JoinRequests;

/// <summary>
/// The mails of a join request, put in the outbox with the request itself: one to each of the network's contact people
/// who has an address and to each of the site's users who follow join requests, and a confirmation to the visitor that
/// says what they consented to. The followers' mails are in their own language, the others in the page's.
/// </summary>
public sealed class JoinRequestMails(IMailOutbox outbox, INotificationRecipients recipients, IStringLocalizer<JoinRequestMails> T)
    : INotificationSource
{
    public const string AdminPath = "/admin/liittymispyynnot";

    public static readonly Notification NewRequests = new("JoinRequests", "New requests to join networks", NetworksModule.ManageJoinRequests);

    public IEnumerable<Notification> Notifications => [NewRequests];

    public async Task AddAsync(ContentItem network, JoinRequest request, int retentionMonths, HttpRequest http, CancellationToken cancellationToken)
    {
        var site = SiteAddress.Of(http);
        var contacts = (network.Get<ContactsPart>()?.People ?? []).Select(p => p.Email?.Trim()).OfType<string>().Where(e => e.Length > 0).ToList();
        foreach (var contact in contacts)
        {
            outbox.Add(ToHandler(network, request, site, contact));
        }
        // A contact person who also follows join requests gets one mail, not two.
        foreach (var follower in (await recipients.OfAsync(NewRequests, cancellationToken)).Where(f => !contacts.Contains(f.Email, StringComparer.OrdinalIgnoreCase)))
        {
            outbox.Add(await SiteAddress.InLanguageAsync(follower.Language,
                () => Task.FromResult(ToHandler(network, request, site with { Language = follower.Language }, follower.Email))));
        }
        outbox.Add(new MailLayout(site.Name, site.Home)
            .Paragraph(T["Thank you, {0}. Your request to join the network {1} was passed on to its contact person, who will get in touch with you.", request.Name, network.DisplayText])
            .Paragraph(T["You consented to this:"])
            .Paragraph(T.Plural(retentionMonths,
                "I agree that my details are stored and passed on to the network's contact person to handle my request (required). They are deleted automatically after {0} month.",
                "I agree that my details are stored and passed on to the network's contact person to handle my request (required). They are deleted automatically after {0} months."))
            .To(request.Email, T["Your request to join {0}", network.DisplayText]));
    }

    private OutgoingMail ToHandler(ContentItem network, JoinRequest request, SiteAddress site, string address) =>
        new MailLayout(site.Name, site.Home)
            .Paragraph(T["{0} asks to join the network {1}.", request.Name, network.DisplayText])
            .Paragraph($"{T["E-mail"]}: {request.Email}" + (request.Phone is { Length: > 0 } phone ? $"\n{T["Phone"]}: {phone}" : ""))
            .Paragraph(request.Message ?? "")
            // The admin is in the user's own language whatever the address says, so its link names none.
            .Paragraph(T["Answer them directly. The request is also listed at {0}", (site with { Language = PortalCultures.Default }).Url(AdminPath)])
            .To(address, T["A request to join {0}", network.DisplayText]);
}
