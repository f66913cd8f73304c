using System.Net;
using AngleSharp.Html.Parser;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Statements.Tests.Accessibility;

[Collection(PortalCollection.Name)]
public sealed class FeedbackTests(PortalHost host)
{
    private const string ContactSettings = """{ "StatementSettings": { "feedbackEmail": "saavutettavuus@kylat.example" } }""";

    [Fact]
    public async Task Feedback_is_stored_with_its_deadline_and_the_visitor_is_thanked()
    {
        var site = await StatementSite.CreateAsync(host);
        var client = site.NewClient();
        var before = DateTime.UtcNow;

        var response = await site.SendFeedbackAsync(client, StatementSite.ValidFeedback());
        var thanked = new HtmlParser().ParseDocument(await client.GetStringAsync(response.Headers.Location));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(site.Url("saavutettavuus?palaute=lahetetty"), response.Headers.Location?.OriginalString);
        Assert.Contains("Kiitos palautteestasi.", thanked.QuerySelector(".feedback-sent[role=status]")?.TextContent, StringComparison.Ordinal);
        var feedback = Assert.Single(await site.FeedbackAsync());
        Assert.Equal(("Veera Vierailija", "veera@example.fi", "fi"), (feedback.Name, feedback.Email, feedback.Language));
        Assert.InRange(feedback.ReceivedUtc, before, DateTime.UtcNow);
        Assert.Equal(feedback.ReceivedUtc.AddDays(14), feedback.DeadlineUtc);
        Assert.Null(feedback.AnsweredUtc);
    }

    [Fact]
    public async Task Feedback_mails_the_administrators_and_the_statements_contact_and_confirms_to_the_sender()
    {
        var site = await StatementSite.CreateAsync(host, settings: ContactSettings);

        await site.SendFeedbackAsync(site.NewClient(), StatementSite.ValidFeedback());

        var mails = await site.MailsAsync(3);
        Assert.Equal(3, mails.Count);
        var toAdmin = Assert.Single(mails, m => m.To.ToString() == StatementSite.AdminEmail);
        var toContact = Assert.Single(mails, m => m.To.ToString() == "saavutettavuus@kylat.example");
        var toSender = Assert.Single(mails, m => m.To.ToString() == "veera@example.fi");
        foreach (var staff in new[] { toAdmin, toContact })
        {
            Assert.Equal("Saavutettavuuspalaute: Veera Vierailija <veera@example.fi>", staff.Subject);
            Assert.Contains("Tapahtumasivun kalenteria ei voi käyttää näppäimistöllä.", staff.TextBody, StringComparison.Ordinal);
            Assert.Contains($"/{site.Tenant.Name}/admin/saavutettavuuspalaute", staff.TextBody, StringComparison.Ordinal);
        }
        Assert.Equal("Saimme saavutettavuuspalautteesi", toSender.Subject);
        Assert.Contains("Vastaamme siihen", toSender.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sender_writing_in_swedish_is_answered_in_swedish_while_the_staff_read_finnish()
    {
        var site = await StatementSite.CreateAsync(host);

        var response = await site.SendFeedbackAsync(site.NewClient(), StatementSite.ValidFeedback(), language: "sv/");

        Assert.Equal(site.Url("sv/saavutettavuus?palaute=lahetetty"), response.Headers.Location?.OriginalString);
        var mails = await site.MailsAsync(2);
        Assert.Equal("Vi har tagit emot din tillgänglighetsrespons", Assert.Single(mails, m => m.To.ToString() == "veera@example.fi").Subject);
        Assert.Contains($"/{site.Tenant.Name}/sv/saavutettavuus", mails.Single(m => m.To.ToString() == "veera@example.fi").TextBody, StringComparison.Ordinal);
        Assert.StartsWith("Saavutettavuuspalaute", Assert.Single(mails, m => m.To.ToString() == StatementSite.AdminEmail).Subject, StringComparison.Ordinal);
        Assert.Equal("sv", Assert.Single(await site.FeedbackAsync()).Language);
    }

    [Theory]
    [InlineData("Input.Email", "veera.example.fi", "Email", "Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi.")]
    [InlineData("Input.Email", "", "Email", "Kirjoita sähköpostiosoitteesi.")]
    [InlineData("Input.Message", "", "Message", "Kerro, minkä saavutettavuusongelman huomasit.")]
    [InlineData("Input.Message", null, "Message", "Viesti voi olla enintään 4000 merkkiä pitkä.")]
    [InlineData("Input.Name", null, "Name", "Nimessä voi olla enintään 200 merkkiä.")]
    public async Task Invalid_feedback_is_shown_again_with_the_error_tied_to_its_field_and_nothing_is_stored(
        string field, string? value, string id, string message)
    {
        var site = await StatementSite.CreateAsync(host);
        var form = StatementSite.ValidFeedback();
        form[field] = value ?? new string('x', field == "Input.Name" ? 201 : 4001);

        var response = await site.SendFeedbackAsync(site.NewClient(), form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal(message, page.QuerySelector($".error-summary a[href='#Input_{id}']")?.TextContent);
        Assert.Equal($"Input_{id}-error", page.QuerySelector($"#Input_{id}")?.GetAttribute("aria-describedby")?.Split(' ').Last());
        Assert.Equal("true", page.QuerySelector($"#Input_{id}")?.GetAttribute("aria-invalid"));
        Assert.Empty(await site.FeedbackAsync());
    }

    [Fact]
    public async Task Feedback_without_the_forms_antiforgery_token_is_refused()
    {
        var site = await StatementSite.CreateAsync(host);

        var response = await site.NewClient().PostAsync(site.Url("saavutettavuus"), new FormUrlEncodedContent(StatementSite.ValidFeedback()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await site.FeedbackAsync());
    }

    [Fact]
    public async Task A_bot_that_fills_in_the_honeypot_is_thanked_and_nothing_is_stored()
    {
        var site = await StatementSite.CreateAsync(host);
        var form = StatementSite.ValidFeedback();
        form["Input.Website"] = "http://spam.example";

        var response = await site.SendFeedbackAsync(site.NewClient(), form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Empty(await site.FeedbackAsync());
    }

    [Fact]
    public async Task Posting_feedback_is_rate_limited_per_site()
    {
        var site = await StatementSite.CreateAsync(host);
        var client = site.NewClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            statuses.Add((await site.SendFeedbackAsync(client, StatementSite.ValidFeedback())).StatusCode);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Redirect, 5), HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(5, (await site.FeedbackAsync()).Count);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(site.Url("saavutettavuus"))).StatusCode);
    }
}
