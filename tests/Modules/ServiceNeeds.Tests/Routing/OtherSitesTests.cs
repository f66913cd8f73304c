using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.ServiceNeeds.Routing;
using Verkostoportaali.Testing;

namespace Verkostoportaali.ServiceNeeds.Tests.Routing;

[Collection(PortalCollection.Name)]
public sealed class OtherSitesTests(PortalHost host)
{
    private const string SwedishProvider = "hemhjalp@example.fi";
    private const string MatchOtherSites = """{ "ServiceNeedSettings": { "matchOtherSites": true } }""";

    [Fact]
    public async Task Matching_providers_of_other_sites_are_offered_only_when_the_site_allows_it()
    {
        var other = await CreateOtherSiteAsync();
        var allowing = await NeedSite.CreateAsync(host, MatchOtherSites);
        var keeping = await NeedSite.CreateAsync(host);
        await allowing.ReportNeedAsync();
        await keeping.ReportNeedAsync();

        var offered = await CandidatesAsync(allowing);
        var ownOnly = await CandidatesAsync(keeping);

        var fromOther = offered.Where(c => c.Site == other.DisplayName).ToList();
        var exampleHelp = Assert.Single(fromOther);
        Assert.Equal($"{other.Name}/exempel-hemhjalp", exampleHelp.ContentItemId);
        Assert.True(exampleHelp.Matches);
        Assert.Equal("sv", exampleHelp.Language);
        Assert.DoesNotContain(offered, c => c.Site is not null && !c.Matches);
        Assert.All(ownOnly, c => Assert.Null(c.Site));
        Assert.Equal(3, ownOnly.Count);
    }

    [Fact]
    public async Task A_provider_is_mailed_in_its_pages_language_and_every_open_offer_is_told_when_the_reporter_withdraws()
    {
        var other = await CreateOtherSiteAsync();
        var site = await NeedSite.CreateAsync(host, MatchOtherSites);
        var statusPath = await site.ReportNeedAsync();
        await ForwardingTests.ForwardAsync(site);

        var offer = await site.MailAsync(SwedishProvider, "Ett servicebehov för er");
        var withdrawn = await HtmlPages.SubmitAsync(site.NewClient(), statusPath, "form[action*=Withdraw]", new Dictionary<string, string>());

        Assert.Contains(site.Url("sv/palvelutarpeet/tarjous/"), offer.TextBody, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Contains("drog tillbaka", (await site.MailAsync(SwedishProvider, "är inte längre öppet")).TextBody, StringComparison.Ordinal);
        Assert.Contains("peruutti", (await site.MailAsync("kotiapu@example.fi", "ei ole enää avoinna")).TextBody, StringComparison.Ordinal);
        var offers = await site.OffersAsync();
        Assert.Contains(offers, o => o.Email == SwedishProvider && o.Language == "sv" && o.ProviderContentItemId == $"{other.Name}/exempel-hemhjalp");
        Assert.All(offers, o => Assert.Equal(OfferAnswer.Expired, o.Answer));
    }

    private Task<IReadOnlyList<Candidate>> CandidatesAsync(NeedSite site) =>
        host.InTenantAsync<ProviderMatching, IReadOnlyList<Candidate>>(site.Tenant,
            async m => await m.CandidatesAsync(Assert.Single(await site.NeedsAsync())));

    /// <summary>Another municipality's site: a Swedish provider of home help in Saarijärvi, and one that does yard work only.</summary>
    private Task<Tenant> CreateOtherSiteAsync() => host.CreateSiteAsync("""
        { "name": "other-site", "steps": [
            { "name": "Recipes", "run": ["municipality"] },
            { "name": "Content", "items": [
                { "contentItemId": "exempel-hemhjalp", "contentType": "Provider", "culture": "sv", "published": true, "parts": {
                    "TitlePart": { "title": "Exempel: Hemhjälp" }, "AutoroutePart": {}, "ProviderPart": {},
                    "TermsPart": { "terms": { "service-fields": ["kotiapu-ja-asiointi"], "municipalities": ["saarijarvi"] } },
                    "ContactsPart": { "people": [{ "name": "Exempel Hemhjälp", "email": "hemhjalp@example.fi" }] } } },
                { "contentItemId": "exempel-gardsarbete", "contentType": "Provider", "culture": "sv", "published": true, "parts": {
                    "TitlePart": { "title": "Exempel: Gårdsarbete" }, "AutoroutePart": {}, "ProviderPart": {},
                    "TermsPart": { "terms": { "service-fields": ["kiinteiston-ja-pihanhoito"], "municipalities": ["saarijarvi"] } },
                    "ContactsPart": { "people": [{ "name": "Exempel Gårdsarbete", "email": "gardsarbete@example.fi" }] } } }
            ] } ] }
        """);
}
