using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Messaging;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Localization;

namespace Verkostoportaali.Networks.JoinRequests;

/// <summary>
/// The mails of a join request, put in the outbox with the request itself: one to each of the network's contact people
/// who has an address, and a confirmation to the visitor that says what they consented to. Both in the page's language.
/// </summary>
public sealed class JoinRequestMails(IMailOutbox outbox, IStringLocalizer<JoinRequestMails> T)
{
    public const string AdminPath = "/admin/liittymispyynnot";

    public void Add(ContentItem network, JoinRequest request, int retentionMonths, HttpRequest http)
    {
        var site = http.HttpContext.GetTenant().DisplayName;
        var home = TenantLinks.Absolute(http, $"{http.PathBase}/");
        foreach (var contact in (network.Get<ContactsPart>()?.People ?? []).Where(p => !string.IsNullOrWhiteSpace(p.Email)))
        {
            outbox.Add(new MailLayout(site, home)
                .Paragraph(T["{0} asks to join the network {1}.", request.Name, network.DisplayText])
                .Paragraph($"{T["E-mail"]}: {request.Email}" + (request.Phone is { Length: > 0 } phone ? $"\n{T["Phone"]}: {phone}" : ""))
                .Paragraph(request.Message ?? "")
                .Paragraph(T["Answer them directly. The request is also listed at {0}", TenantLinks.Absolute(http, http.PathBase + AdminPath)])
                .To(contact.Email!, T["A request to join {0}", network.DisplayText]));
        }
        outbox.Add(new MailLayout(site, home)
            .Paragraph(T["Thank you, {0}. Your request to join the network {1} was passed on to its contact person, who will get in touch with you.", request.Name, network.DisplayText])
            .Paragraph(T["You consented to this:"])
            .Paragraph(T.Plural(retentionMonths,
                "I agree that my details are stored and passed on to the network's contact person to handle my request (required). They are deleted automatically after {0} month.",
                "I agree that my details are stored and passed on to the network's contact person to handle my request (required). They are deleted automatically after {0} months."))
            .To(request.Email, T["Your request to join {0}", network.DisplayText]));
    }
}
