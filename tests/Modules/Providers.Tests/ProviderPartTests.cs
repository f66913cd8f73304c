using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Recipes;
using Verkostoportaali.Testing;
using static Verkostoportaali.Providers.Tests.TestProviders;

namespace Verkostoportaali.Providers.Tests;

[Collection(PortalCollection.Name)]
public sealed class ProviderPartTests(PortalHost host)
{
    [Fact]
    public async Task Provider_with_a_wrong_check_digit_is_refused_with_the_message_and_nothing_is_saved()
    {
        var site = await CreateSiteAsync(host);

        var refused = await Assert.ThrowsAsync<ContentValidationException>(() =>
            AddAsync(host, site, "Väärä Oy", new ProviderPart { BusinessId = "0112038-8" }));

        var error = Assert.Single(refused.Errors);
        Assert.Equal(("ProviderPart", "BusinessId"), (error.Part, error.Field));
        Assert.Equal("Business ID 0112038-8 is not valid: the check digit does not match.", error.Message);
        var stored = await host.InTenantAsync<ContentManager, int>(site, content => content.Query(null, VersionOptions.Latest).CountAsync());
        Assert.Equal(0, stored);
    }

    [Fact]
    public async Task Edit_that_breaks_the_business_id_is_refused_and_the_valid_one_stays()
    {
        var site = await CreateSiteAsync(host);
        var item = await AddAsync(host, site, "Oikea Oy", new ProviderPart { BusinessId = "0112038-9" });

        await Assert.ThrowsAsync<ContentValidationException>(() => host.InTenantAsync(site, content =>
            content.UpdateDraftAsync(item.ContentItemId, draft => draft.Apply(new ProviderPart { BusinessId = "0112038" }))));

        var latest = await host.InTenantAsync<ContentManager, ContentItem?>(site, content => content.GetAsync(item.ContentItemId, VersionOptions.Latest));
        Assert.Equal("0112038-9", latest!.Get<ProviderPart>()!.BusinessId);
    }

    [Fact]
    public async Task Recipe_with_a_bad_business_id_stops_the_site_setup_naming_the_id()
    {
        const string recipe = """
            { "name": "t", "steps": [
                { "name": "Recipes", "run": ["green-care-network"] },
                { "name": "Content", "items": [ { "contentItemId": "bad-id", "contentType": "Provider", "parts": {
                    "TitlePart": { "title": "Huono Oy" }, "ProviderPart": { "businessId": "3141592-0" } } } ] } ] }
            """;

        var refused = await Assert.ThrowsAsync<RecipeException>(() => host.CreateSiteAsync(recipe));

        Assert.Contains("Business ID 3141592-0 is not valid: the check digit does not match.", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quality_marks_round_trip_through_a_recipe_with_names_and_iso_dates()
    {
        const string recipe = """
            { "name": "t", "steps": [
                { "name": "Recipes", "run": ["green-care-network"] },
                { "name": "Content", "items": [ { "contentItemId": "hoiva", "contentType": "Provider", "parts": {
                    "TitlePart": { "title": "Hoivatila" }, "AutoroutePart": {},
                    "ProviderPart": { "businessId": "0112038-9", "website": "https://hoivatila.example",
                      "services": [ { "name": "Hoivapiha", "qualityMark": { "kind": "LuontoHoiva", "granted": "2025-03-01" } },
                                    { "name": "Retki", "qualityMark": { "kind": "LuontoVoima", "granted": "2025-03-01", "expires": "2026-03-01" } } ] } } } ] } ] }
            """;
        var site = await host.CreateSiteAsync(recipe);

        var item = await host.InTenantAsync<ContentManager, ContentItem?>(site, content => content.GetAsync("hoiva"));

        var services = item!.Get<ProviderPart>()!.Services;
        Assert.Equal(new QualityMark(QualityMarkKind.LuontoHoiva, new DateOnly(2025, 3, 1)), services[0].QualityMark);
        Assert.Equal(new DateOnly(2028, 3, 1), services[0].QualityMark!.ValidThrough);
        Assert.Equal(new DateOnly(2026, 3, 1), services[1].QualityMark!.ValidThrough);
    }

    [Fact]
    public async Task Unknown_quality_mark_kind_in_a_recipe_is_refused_before_anything_runs()
    {
        const string recipe = """
            { "name": "t", "steps": [
                { "name": "Recipes", "run": ["green-care-network"] },
                { "name": "Content", "items": [ { "contentItemId": "x", "contentType": "Provider", "parts": {
                    "TitlePart": { "title": "X" },
                    "ProviderPart": { "services": [ { "name": "S", "qualityMark": { "kind": "Kultainen", "granted": "2025-03-01" } } ] } } } ] } ] }
            """;

        var refused = await Assert.ThrowsAsync<RecipeException>(() => host.CreateSiteAsync(recipe));

        Assert.Contains("ProviderPart", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Website_must_be_an_address()
    {
        var site = await CreateSiteAsync(host);

        var refused = await Assert.ThrowsAsync<ContentValidationException>(() =>
            AddAsync(host, site, "Osoitteeton", new ProviderPart { Website = "toimija piste fi" }));

        Assert.Equal("Website", Assert.Single(refused.Errors).Field);
    }
}
